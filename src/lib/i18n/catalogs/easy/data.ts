/** The easy catalog: data (keys and arguments as in ../ja/data.ts). */
import type { Mirror } from '../types.ts';
import type { data as ja } from '../ja/data.ts';

export const data = {} satisfies Mirror<typeof ja>;
