/** The en catalog: search (keys and arguments as in ../ja/search.ts). */
import type { Mirror } from '../types.ts';
import type { search as ja } from '../ja/search.ts';

export const search = {} satisfies Mirror<typeof ja>;
