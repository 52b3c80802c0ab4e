/** The easy catalog: glossary (keys and arguments as in ../ja/glossary.ts). */
import type { Mirror } from '../types.ts';
import type { glossary as ja } from '../ja/glossary.ts';

export const glossary = {} satisfies Mirror<typeof ja>;
