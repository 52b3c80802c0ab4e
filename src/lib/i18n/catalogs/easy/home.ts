/** The easy catalog: home (keys and arguments as in ../ja/home.ts). */
import type { Mirror } from '../types.ts';
import type { home as ja } from '../ja/home.ts';

export const home = {} satisfies Mirror<typeof ja>;
