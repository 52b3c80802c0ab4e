/** The en catalog: prose (keys and arguments as in ../ja/prose.ts). */
import type { Mirror } from '../types.ts';
import type { prose as ja } from '../ja/prose.ts';

export const prose = {} satisfies Mirror<typeof ja>;
