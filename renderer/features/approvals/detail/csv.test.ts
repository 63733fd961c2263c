import { describe, expect, it } from 'vitest';
import { csvBytes, csvField, toCsv } from './csv';

describe('csvField', () => {
  it.each([
    { value: 'Ana García', field: 'Ana García' },
    { value: '', field: '' },
    { value: 'a,b', field: '"a,b"' },
    { value: 'she said "no"', field: '"she said ""no"""' },
    { value: 'two\nlines', field: '"two\nlines"' },
    { value: 'cr\rlf', field: '"cr\rlf"' },
    { value: ' padded ', field: '" padded "' },
    { value: '=HYPERLINK("http://evil")', field: '"\'=HYPERLINK(""http://evil"")"' },
    { value: '+1 555', field: "'+1 555" },
    { value: '-2+3', field: "'-2+3" },
    { value: '@SUM(A1)', field: "'@SUM(A1)" },
    { value: '\t=1', field: "'\t=1" },
    { value: 'a=b', field: 'a=b' },
  ])('$value → $field', ({ value, field }) => {
    expect(csvField(value)).toBe(field);
  });
});

describe('toCsv and csvBytes', () => {
  it('ends every record with CRLF and starts the bytes with the UTF-8 byte order mark', () => {
    const csv = toCsv([
      ['when', 'who'],
      ['2026-11-24', 'Ana García'],
    ]);
    expect(csv).toBe('when,who\r\n2026-11-24,Ana García\r\n');
    const bytes = csvBytes(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe(csv);
  });
});
