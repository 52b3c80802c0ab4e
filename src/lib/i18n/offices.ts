/**
 * English names of the city offices the documents print as their authors, keyed by the name as printed. English pages
 * give the name beside the quoted original; an office missing here is shown as the original alone.
 */
import type { Edition } from './editions.ts';

const OFFICES_EN: Readonly<Record<string, string>> = {
  '政策局 総合政策部 政策企画課': 'the Policy Planning Division, Comprehensive Policy Department, Policy Bureau',
};

/** An office's English name (`the Policy Planning Division, …`), or undefined where the edition reads the original. */
export const officeGloss = (edition: Edition, printed: string): string | undefined =>
  edition === 'en' ? OFFICES_EN[printed] : undefined;
