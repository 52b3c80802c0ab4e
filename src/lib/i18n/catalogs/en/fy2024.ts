/** The en catalog: fy2024 (keys and arguments as in ../ja/fy2024.ts). */
import type { Mirror } from '../types.ts';
import type { fy2024 as ja } from '../ja/fy2024.ts';

export const fy2024 = {} satisfies Mirror<typeof ja>;
