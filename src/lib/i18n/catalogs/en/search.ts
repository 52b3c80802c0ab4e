/** The en catalog: search (keys and arguments as in ../ja/search.ts). */
import type { Mirror } from '../types.ts';
import type { search as ja } from '../ja/search.ts';

export const search = {
  'search.variants.example':
    'Japanese writes some words in several ways. Searching for one spelling also finds pages with the others, for example the three spellings of "child" in the first row.',
  'search.variants.caption': 'Spellings the search treats as one word',
  'search.variants.spellings': 'Spellings',
  'search.variants.source': 'Basis (in Japanese)',
  'search.variants.notTheWord':
    'These words contain one of the spellings above but are other words, so the search looks for them as typed: ',
  'search.variants.end': '.',
} satisfies Mirror<typeof ja>;
