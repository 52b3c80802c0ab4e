/**
 * The editions' catalogs (src/lib/i18n/catalogs/): the same keys in every edition, no key that no code looks up, and
 * no Japanese in the English catalog (English pages carry Japanese only inside elements marked lang="ja", which a
 * catalog string cannot be). The type check already fails on a key missing from an edition; this says which.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ja } from '../../src/lib/i18n/catalogs/ja/index.ts';
import { easy } from '../../src/lib/i18n/catalogs/easy/index.ts';
import { en } from '../../src/lib/i18n/catalogs/en/index.ts';

const root = join(import.meta.dirname, '..', '..');
const CATALOGS = join(root, 'src', 'lib', 'i18n', 'catalogs');

/** Every source file of src/ outside the catalogs: where keys are looked up. */
function sources(dir = join(root, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path === CATALOGS ? [] : sources(path);
    return /\.(ts|astro|mdx)$/.test(e.name) ? [path] : [];
  });
}

describe('the catalogs', () => {
  it('have the same keys in every edition', () => {
    const keys = Object.keys(ja).sort();
    expect(keys.length).toBeGreaterThan(10);
    expect(Object.keys(easy).sort()).toEqual(keys);
    expect(Object.keys(en).sort()).toEqual(keys);
  });

  it('hold no key that no code looks up (a key is used where its literal name appears in src/)', () => {
    const code = sources()
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = Object.keys(ja).filter((k) => !code.includes(`'${k}'`) && !code.includes(`"${k}"`));
    expect(unused).toEqual([]);
  });

  it('English has no Japanese characters outside comments', () => {
    const found: string[] = [];
    for (const name of readdirSync(join(CATALOGS, 'en'))) {
      const text = readFileSync(join(CATALOGS, 'en', name), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      for (const line of text.split('\n'))
        if (/[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/.test(line))
          found.push(`${relative(root, join(CATALOGS, 'en', name))}: ${line.trim()}`);
    }
    expect(found).toEqual([]);
  });
});
