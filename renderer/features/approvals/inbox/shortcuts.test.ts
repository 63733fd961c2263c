import { describe, expect, it } from 'vitest';
import { shortcutFor } from './shortcuts';

/** A stand-in for an element: which of the selectors it (or an ancestor) matches. */
const element = (matches: string | null, extra: Record<string, unknown> = {}) => ({
  closest: (selector: string) =>
    matches !== null && selector.split(', ').includes(matches) ? { ...extra } : null,
});
const press = (key: string, target: unknown = element(null), modifiers = {}) =>
  shortcutFor({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    target: target as EventTarget,
    ...modifiers,
  });

describe('inbox shortcuts', () => {
  it.each([
    ['j', 'next'],
    ['ArrowDown', 'next'],
    ['k', 'previous'],
    ['ArrowUp', 'previous'],
    ['a', 'approve'],
    ['r', 'reject'],
    ['e', 'return'],
    ['x', 'select'],
    ['/', 'search'],
    ['?', 'help'],
    ['q', undefined],
    ['A', undefined],
  ])('%s on the page means %s', (key, command) => {
    expect(press(key)).toBe(command);
  });

  it.each([
    ['a text box', element('input', { type: 'text' })],
    ['the search box', element('input', { type: 'search' })],
    ['a comment area', element('textarea')],
    ['a picker', element('select')],
    ['an open dialog', element('[role="dialog"]')],
  ])('nothing while typing in %s', (_where, target) => {
    expect(press('a', target)).toBeUndefined();
    expect(press('j', target)).toBeUndefined();
  });

  it("a row's checkbox having focus does not stop them", () => {
    expect(press('j', element('input', { type: 'checkbox' }))).toBe('next');
  });

  it('nothing with Ctrl, Cmd or Alt held (the browser and the app keep theirs)', () => {
    expect(press('a', null, { ctrlKey: true })).toBeUndefined();
    expect(press('r', null, { metaKey: true })).toBeUndefined();
    expect(press('e', null, { altKey: true })).toBeUndefined();
  });
});
