import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatFigure, toIsoDate, toPeriod, toSeconds, toValue, unitHint } from '../src/normalise/index.js';

const v = (raw: string, unit?: string) => {
  const { value, unit: u, qualifier } = toValue(raw, { unit });
  return { value, unit: u, qualifier };
};

describe('toValue', () => {
  it('reads money, with and without a space after the pound sign', () => {
    expect(v('£3,863,303')).toEqual({ value: 3863303, unit: 'GBP', qualifier: null });
    expect(v('£ 652,108')).toEqual({ value: 652108, unit: 'GBP', qualifier: null });
    expect(v('£5.6m')).toEqual({ value: 5.6, unit: 'GBP million', qualifier: null });
    expect(v('£1.2bn').unit).toBe('GBP billion');
  });
  it('keeps values as printed in a £m table and negates parentheses', () => {
    expect(v('656.8', 'GBP million')).toEqual({ value: 656.8, unit: 'GBP million', qualifier: null });
    expect(v('(198.5)', 'GBP million')).toEqual({ value: -198.5, unit: 'GBP million', qualifier: null });
    expect(v('(£1,234)').value).toBe(-1234);
    expect(v('−3.2').value).toBe(-3.2);
    expect(v('–5.0').value).toBe(-5);
    expect(v('2022–23').value).toBeNull();
  });
  it('never rescales percentages', () => {
    expect(v('69.92%')).toEqual({ value: 69.92, unit: 'percent', qualifier: null });
    expect(v('23.20%').value).toBe(23.2);
    expect(v('(5.0%)').value).toBe(-5);
  });
  it('reads counts, ranks, durations and ratios', () => {
    expect(v('1,234')).toEqual({ value: 1234, unit: null, qualifier: null });
    expect(v('44th')).toEqual({ value: 44, unit: 'rank', qualifier: null });
    expect(v('3rd').value).toBe(3);
    expect(v('3 mins 53 seconds')).toEqual({ value: 233, unit: 'seconds', qualifier: null });
    expect(v('12 mins 28 seconds').value).toBe(748);
    expect(v('26 seconds').value).toBe(26);
    expect(v('1 hr 2 mins').value).toBe(3720);
    expect(v('6/9')).toEqual({ value: 0.6667, unit: 'ratio', qualifier: null });
    expect(toValue('6/9').raw).toBe('6/9');
  });
  it('splits off the subject a figure belongs to', () => {
    expect(v('176,035 MET')).toEqual({ value: 176035, unit: null, qualifier: 'MET' });
    expect(v('6.4 Lincolnshire', 'seconds')).toEqual({ value: 6.4, unit: 'seconds', qualifier: 'Lincolnshire' });
    expect(v('20.6% WMP')).toEqual({ value: 20.6, unit: 'percent', qualifier: 'WMP' });
    expect(v('4,883 Dyfed-Powys').qualifier).toBe('Dyfed-Powys');
    expect(v('c.38%')).toEqual({ value: 38, unit: 'percent', qualifier: 'c.' });
    expect(v('* -19,045.4')).toEqual({ value: -19045.4, unit: null, qualifier: '*' });
    expect(v('5 88,479')).toEqual({ value: 588479, unit: null, qualifier: null });
    expect(v('1,1 17,976').value).toBe(1117976);
  });
  it('gives null for dashes, n/a, nil, dates, fiscal years and text', () => {
    for (const raw of ['-', '–', 'n/a', 'N/A', 'nil', '', '2022/23', '03/2020', '31 January 2023', '13th-Feb-2025',
      'Band A', '687 iii a', '09/01/2025']) {
      expect(toValue(raw).value, raw).toBeNull();
    }
  });
});

describe('unitHint', () => {
  it('reads units from titles, headers and labels', () => {
    expect(unitHint('Revenue Budget, £m')).toBe('GBP million');
    expect(unitHint("£'000")).toBe('GBP thousand');
    expect(unitHint('2022/23 Precept £: p')).toBe('GBP');
    expect(unitHint('(£)')).toBe('GBP');
    expect(unitHint('% Calls answered under 10 seconds')).toBe('percent');
    expect(unitHint('Average time to answer (seconds)')).toBe('seconds');
    expect(unitHint('Total Calls')).toBeNull();
  });
});

describe('dates and periods', () => {
  it('reads every date form of the packs', () => {
    expect(toIsoDate('9 January 2023')).toBe('2023-01-09');
    expect(toIsoDate('Monday 9 January 2023 at 14:00 hours')).toBe('2023-01-09');
    expect(toIsoDate('Jan 2022')).toBe('2022-01');
    expect(toIsoDate('May-22')).toBe('2022-05');
    expect(toIsoDate('13th-Feb-2025')).toBe('2025-02-13');
    expect(toIsoDate('09/01/2025')).toBe('2025-01-09');
    expect(toIsoDate('Thursday, 30th January, 2025')).toBe('2025-01-30');
  });
  it('reads periods and ranges, keeping fiscal years as printed', () => {
    expect(toPeriod('May-22')).toBe('2022-05');
    expect(toPeriod('Aug 21 - Jul 22')).toBe('2021-08/2022-07');
    expect(toPeriod('rolling 12 month totals Aug 21 – July 22, where')).toBe('2021-08/2022-07');
    expect(toPeriod('03/2020 - 12/2020')).toBe('2020-03/2020-12');
    expect(toPeriod('February-July 2021')).toBe('2021-02/2021-07');
    expect(toPeriod('2022/23')).toBe('2022/23');
    expect(toPeriod('During 2021/22 the force received')).toBe('2021/22');
    expect(toPeriod('on 2023-01-09')).toBeNull();
    expect(toPeriod('Total Calls')).toBeNull();
  });
});

describe('properties', () => {
  it('never throws and always keeps the printed text', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const out = toValue(s);
      expect(out.raw).toBe(s);
      if (out.value !== null) expect(Number.isFinite(out.value)).toBe(true);
      toPeriod(s);
      toIsoDate(s);
      toSeconds(s);
    }));
  });
  it('formatted numbers parse back to themselves', () => {
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 3 }), fc.boolean(),
      (n, decimals, brackets) => {
        const x = n / 10 ** decimals;
        expect(toValue(formatFigure(x, decimals, brackets)).value).toBeCloseTo(x, decimals);
        expect(toValue(`£${formatFigure(Math.abs(x), decimals)}`).value).toBeCloseTo(Math.abs(x), decimals);
      }));
  });
  it('durations read back to their seconds', () => {
    fc.assert(fc.property(fc.nat(23), fc.nat(59), fc.nat(59), (h, m, sec) => {
      const text = [h ? `${h} hr` : '', m ? `${m} mins` : '', `${sec} seconds`].filter(Boolean).join(' ');
      expect(toValue(text)).toMatchObject({ value: h * 3600 + m * 60 + sec, unit: 'seconds' });
    }));
  });
  it('a table unit never changes the value printed', () => {
    fc.assert(fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.constantFrom('GBP million', 'GBP thousand', 'percent', null),
      (n, unit) => {
        const x = n / 10;
        expect(toValue(formatFigure(x, 1, true), { unit }).value).toBeCloseTo(x, 1);
      }));
  });
  it('parentheses negate and percentages are never rescaled', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e7 }), (n) => {
      expect(toValue(`(${formatFigure(n)})`).value).toBe(-n);
      expect(toValue(`${n}%`)).toMatchObject({ value: n, unit: 'percent' });
    }));
  });
});
