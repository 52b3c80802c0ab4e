/** The easy catalog: y2013 (keys and arguments as in ../ja/y2013.ts). */
import type { Mirror } from '../types.ts';
import type { y2013 as ja } from '../ja/y2013.ts';

export const y2013 = {} satisfies Mirror<typeof ja>;
