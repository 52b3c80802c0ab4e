/** The English edition's dates: the 2013 report's as-of date (its line 9, 平成25年9月末時点) and the plan's month. */
import { expect, it } from 'vitest';
import { dayMonthYear, monthName, monthYear } from '../../src/lib/i18n/english-dates.ts';

it('words ISO dates in English', () => {
  expect(dayMonthYear('2013-09-30')).toBe('30 September 2013');
  expect(monthYear('2024-06')).toBe('June 2024');
  expect(monthYear('2013-09-30')).toBe('September 2013');
  expect(monthName(1)).toBe('January');
  expect(monthName(12)).toBe('December');
});
