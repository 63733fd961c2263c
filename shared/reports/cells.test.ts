import { describe, expect, it } from 'vitest';
import { guardedText, moneyDecimal, moneyNumber } from './cells';

describe('report cells', () => {
  it('prefixes text a spreadsheet would run as a formula', () => {
    for (const text of ['=1+1', '+34 600', '-2', '@SUM(A1)', '\t=x', '\r=x']) {
      expect(guardedText(text)).toBe(`'${text}`);
    }
    for (const text of ['Acme, "Inc"', 'a=b', '', "'quoted"]) expect(guardedText(text)).toBe(text);
  });

  it('writes minor units as a decimal with the currency digits, exactly', () => {
    expect(moneyDecimal(123_456, 'EUR')).toBe('1234.56');
    expect(moneyDecimal(5, 'EUR')).toBe('0.05');
    expect(moneyDecimal(-5, 'USD')).toBe('-0.05');
    expect(moneyDecimal(0, 'EUR')).toBe('0.00');
    expect(moneyDecimal(1500, 'JPY')).toBe('1500');
    expect(moneyDecimal(9_007_199_254_740_991, 'USD')).toBe('90071992547409.91');
    expect(moneyNumber(123_456, 'EUR')).toBe(1234.56);
    expect(moneyNumber(1500, 'JPY')).toBe(1500);
  });
});
