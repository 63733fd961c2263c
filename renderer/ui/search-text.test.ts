import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesSearch, searchWords } from './search-text';

describe('accent- and case-insensitive search', () => {
  it.each([
    ['cenit', 'Cénit Servicios Gestionados', true],
    ['CÉNIT', 'Cenit Servicios', true],
    ['nandu', 'Ñandú Tecnología', true],
    ['são paulo', 'Sao Paulo Redes', true],
    ['servicios cenit', 'Cénit Servicios Gestionados', true],
    ['cenits', 'Cénit Servicios', false],
    ['bogota', 'Medellín Datos', false],
    ['', 'anything', true],
  ])('%j in %j: %s', (query, text, expected) => {
    expect(matchesSearch(foldForSearch(text), searchWords(query))).toBe(expected);
  });

  it('keeps letters that are not an accented base letter', () => {
    expect(foldForSearch('Straße Øst')).toBe('straße øst');
  });
});
