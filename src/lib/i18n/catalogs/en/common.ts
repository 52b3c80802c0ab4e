/** The en catalog: common (keys and arguments as in ../ja/common.ts). */
import type { Mirror } from '../types.ts';
import type { common as ja } from '../ja/common.ts';

export const common = {} satisfies Mirror<typeof ja>;
