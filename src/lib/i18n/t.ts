/**
 * The one lookup of the site's own words: `t(edition, key, ...args)`. Keys and their arguments are typed by the
 * Japanese catalog; the other editions mirror it (catalogs/types.ts). tests/unit/catalog.test.ts fails on a key no
 * code uses.
 */
import type { Edition } from './editions.ts';
import type { Mirror } from './catalogs/types.ts';
import { ja } from './catalogs/ja/index.ts';
import { easy } from './catalogs/easy/index.ts';
import { en } from './catalogs/en/index.ts';

export type Catalog = typeof ja;
export type Key = keyof Catalog;
type Args<K extends Key> = Catalog[K] extends (...args: infer A) => string ? A : [];

const CATALOGS: Record<Edition, Mirror<Catalog>> = { ja, easy, en };

export function t<K extends Key>(edition: Edition, key: K, ...args: Args<K>): string {
  const message = CATALOGS[edition][key] as string | ((...a: Args<K>) => string);
  return typeof message === 'function' ? message(...args) : message;
}

/** `t` bound to one edition, for a page or component: `const tr = translator(edition); tr('shell.home')`. */
export const translator =
  (edition: Edition) =>
  <K extends Key>(key: K, ...args: Args<K>): string =>
    t(edition, key, ...args);
