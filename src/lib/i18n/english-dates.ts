/** Dates in the English edition's words, from ISO dates (`2024-06`, `2013-09-30`): one place for the month names. */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A month by its number: 6 → `June`. */
export const monthName = (month: number): string => MONTHS[month - 1]!;

/** `2024-06` or `2013-09-30` → `June 2024`. */
export const monthYear = (iso: string): string => `${monthName(Number(iso.slice(5, 7)))} ${iso.slice(0, 4)}`;

/** `2013-09-30` → `30 September 2013`. */
export const dayMonthYear = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${monthName(m!)} ${y}`;
};
