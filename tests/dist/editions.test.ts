/**
 * The editions over the built site: every reader page of the Japanese site exists in やさしい日本語 (/easy/) and
 * English (/en/), the three name each other with hreflang, `lang` is right, a project page keeps the page budget in
 * each, English pages show no Japanese outside quoted originals, and やさしい日本語 pages give every kanji of their own
 * text its ふりがな in short sentences (the checks are in tests/dist/editions.ts, proved on hand-written pages by
 * tests/unit/editions-checks.test.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dist, fileFor, htmlPages, read } from './site.ts';
import { japaneseOutsideLangJa, kanjiOutsideRuby, median, sentenceLengths } from './editions.ts';

const PREFIX = { ja: '', easy: '/easy', en: '/en' } as const;
const HREFLANG = { ja: 'ja', easy: 'ja-x-easy', en: 'en' } as const;
type Edition = keyof typeof PREFIX;
const EDITIONS = Object.keys(PREFIX) as Edition[];

const pages = htmlPages();
const editionOf = (path: string): Edition =>
  path.startsWith('/easy/') ? 'easy' : path.startsWith('/en/') ? 'en' : 'ja';
/** The Japanese site's reader pages: everything but the single source pages and the not-found page. */
const readerPages = pages.filter((p) => editionOf(p) === 'ja' && !p.startsWith('/sources/') && p !== '/404.html');
const inEdition = (edition: Edition) => pages.filter((p) => editionOf(p) === edition);

/**
 * Pages the edition text checks do not hold yet, by path prefix: their text is still being written. A page outside
 * these that fails, or a prefix under which every page passes, fails the test, so the list only shrinks; empty it to
 * hold every page.
 */
const NOT_YET: Record<'english' | 'furigana', readonly string[]> = {
  english: [],
  furigana: [],
};

/** Failing pages, each with its first problems, checked against the pages not held yet. */
function expectOnlyPending(failing: Map<string, string[]>, pending: readonly string[]): void {
  const unexpected = [...failing].filter(([p]) => !pending.some((prefix) => p.startsWith(prefix)));
  expect(
    unexpected.map(([p, problems]) => `${p}: ${problems.slice(0, 3).join('; ')}`),
    'pages failing outside the pending list',
  ).toEqual([]);
  const held = pending.filter((prefix) => ![...failing.keys()].some((p) => p.startsWith(prefix)));
  expect(held, 'pending prefixes whose pages all pass now: remove them from NOT_YET').toEqual([]);
}

function failures(edition: Edition, check: (html: string) => string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of inEdition(edition)) {
    const problems = check(read(p));
    if (problems.length) out.set(p, problems);
  }
  return out;
}

describe('editions', () => {
  it('gives every reader page of the Japanese site its やさしい日本語 and English page', () => {
    expect(readerPages.length).toBeGreaterThan(300);
    const missing = readerPages.flatMap((p) =>
      (['easy', 'en'] as const).map((e) => `${PREFIX[e]}${p}`).filter((q) => !fileFor(q)),
    );
    expect(missing).toEqual([]);
  });

  it('links each page to its counterparts with hreflang, both ways, to pages that exist', () => {
    const problems: string[] = [];
    const alternates = (path: string): Record<string, string> =>
      Object.fromEntries(
        [...read(path).matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [
          m[1]!,
          m[2]!.replace(/^https?:\/\/[^/]+/, ''),
        ]),
      );
    for (const base of readerPages) {
      for (const edition of EDITIONS) {
        const page = `${PREFIX[edition]}${base}`;
        if (!fileFor(page)) continue; // reported by the test above
        const links = alternates(page);
        for (const other of EDITIONS) {
          const want = `${PREFIX[other]}${base}`;
          if (links[HREFLANG[other]] !== want)
            problems.push(`${page}: hreflang="${HREFLANG[other]}" is ${links[HREFLANG[other]]}, not ${want}`);
          else if (!fileFor(want))
            problems.push(`${page}: hreflang="${HREFLANG[other]}" names ${want}, which is missing`);
          else if (alternates(want)[HREFLANG[edition]] !== page) problems.push(`${want} does not link back to ${page}`);
        }
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('sets lang: ja on the Japanese and やさしい日本語 pages, en on the English ones', () => {
    const wrong = pages
      .filter((p) => p !== '/404.html')
      .flatMap((p) => {
        const lang = /<html\s[^>]*lang="([^"]+)"/.exec(read(p))?.[1];
        const want = editionOf(p) === 'en' ? 'en' : 'ja';
        return lang === want ? [] : [`${p}: lang="${lang}"`];
      });
    expect(wrong).toEqual([]);
  });

  it('keeps a project page in each edition within 12 kB gzip of HTML and CSS', () => {
    const gz = (file: string) => gzipSync(readFileSync(file)).length;
    for (const edition of EDITIONS) {
      const path = `${PREFIX[edition]}/fy2024/projects/c15a479c/`;
      const html = readFileSync(fileFor(path)!, 'utf8');
      const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => fileFor(m[1]!)!);
      const size = gz(fileFor(path)!) + css.reduce((s, f) => s + gz(f), 0);
      expect(size, `${path}: ${(size / 1024).toFixed(1)} kB`).toBeLessThanOrEqual(12 * 1024);
    }
  });

  it('shows no Japanese on English pages outside quoted originals (lang="ja")', () => {
    expectOnlyPending(failures('en', japaneseOutsideLangJa), NOT_YET.english);
  });

  it('gives every kanji of the やさしい日本語 text its ふりがな', () => {
    expectOnlyPending(failures('easy', kanjiOutsideRuby), NOT_YET.furigana);
  });

  it('keeps the やさしい日本語 sentences short: median ≤ 35 characters', () => {
    const lengths = inEdition('easy').flatMap((p) => sentenceLengths(read(p)));
    expect(lengths.length).toBeGreaterThan(1000);
    expect(median(lengths)).toBeLessThanOrEqual(35);
  });

  it('ships the ふりがな, not the analyser that made them: no script or file of dist/ holds kuromoji or its dictionary', () => {
    const files = (readdirSync(dist, { recursive: true }) as string[]).map(String);
    const scripts = files.filter((f) => f.endsWith('.js'));
    expect(scripts.some((f) => f.startsWith('_astro'))).toBe(true);
    // The package's name, its tokenizer's builder and the IPA dictionary's files (base.dat.gz, cc.dat.gz …).
    expect(files.filter((f) => /kuromoji|\.dat(\.gz)?$/.test(f))).toEqual([]);
    expect(
      scripts.filter((f) => /kuromoji|TokenizerBuilder|dicPath/.test(readFileSync(join(dist, f), 'utf8'))),
    ).toEqual([]);
    // The readings are on the pages themselves.
    expect(read('/easy/')).toMatch(/<ruby>\p{Script=Han}+<rt>\p{Script=Hiragana}+<\/rt><\/ruby>/u);
  });
});
