/**
 * Sources one click away: each source document is a page at /sources/<id>/ with every line verbatim under its own
 * anchor (#L392), its provenance and its file; every 「N行目」 ("line N" in English) on the site links to that
 * line, and the line is highlighted when reached. Expected texts and counts are read from the files in content/sources/ and their README
 * by hand, or computed here from the files themselves.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { fileFor, htmlPages, ids, read } from './site.ts';

const root = join(import.meta.dirname, '..', '..');
const registry = JSON.parse(readFileSync(join(root, 'content/plans.json'), 'utf8')) as Array<{
  id: string;
  source: string;
}>;
/** Every source page: one per registered plan, and the 2013 report. */
const documents = [
  ...registry.map((p) => ({ page: `/sources/${p.id}/`, file: p.source })),
  { page: '/sources/2013/', file: 'content/sources/001_2876ceca144e21ba.txt' },
];

/** The lines of a page's source list, as the browser would show their text. */
function listedLines(html: string): Array<{ id: string; text: string }> {
  const list = /<ol class="lines"[^>]*>([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
  return [...list.matchAll(/<li id="([^"]+)">([^<]*)<\/li>/g)].map((m) => ({
    id: m[1]!,
    text: m[2]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  }));
}

test('each source document is published verbatim, one anchored line per line of its file', () => {
  // content/sources/README.md: 1,466 and 457 lines, neither with a final newline.
  expect(documents.map((d) => d.page)).toEqual(['/sources/fy2024/', '/sources/2013/']);
  const expectedLines: Record<string, number> = { '/sources/fy2024/': 1466, '/sources/2013/': 457 };
  for (const { page, file } of documents) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    expect(lines, file).toHaveLength(expectedLines[page]!);
    const listed = listedLines(read(page));
    expect(listed.map((l) => l.id)).toEqual(lines.map((_, i) => `L${i + 1}`));
    expect(listed.map((l) => l.text)).toEqual(lines);
  }
});

test('each source page gives its provenance, and its file is byte for byte the one the site reads', () => {
  // content/sources/README.md, by hand.
  const facts: Record<string, string[]> = {
    '/sources/fy2024/': [
      '熊本市第8次総合計画 令和6年度アクションプラン(案)',
      '令和6年(2024年)6月',
      '政策企画課',
      '1,466行',
    ],
    '/sources/2013/': [
      '挑戦元年アクションプラン(行程表) 進捗状況',
      '平成25年9月末時点',
      '平成25年11月',
      '企画課',
      '457行',
    ],
  };
  for (const { page, file } of documents) {
    const bytes = readFileSync(join(root, file));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const html = read(page);
    const main = /<main[\s\S]*?<\/main>/.exec(html)![0].replace(/<[^>]+>/g, '');
    for (const fact of facts[page]!) expect(main, page).toContain(fact);
    expect(main, page).toContain(sha256);
    const href = /<a href="(\/sources\/[^"]+\.txt)"/.exec(html)![1]!;
    const published = fileFor(href);
    expect(published, href).toBeDefined();
    expect(Buffer.compare(readFileSync(published!), bytes), href).toBe(0);
    // Not indexed for search: the whole text would match nearly every query.
    expect(html).not.toContain('data-pagefind-body');
  }
});

test('a source page stays light: no script, and little markup on top of its text', () => {
  for (const { page, file } of documents) {
    const html = read(page);
    expect(html, page).not.toMatch(/<script\b/i);
    const text = gzipSync(readFileSync(join(root, file)), { level: 9 }).length;
    const whole = gzipSync(Buffer.from(html), { level: 9 }).length;
    // The page's header, provenance, footer and per-line markup add at most 10 kB to the text, compressed.
    expect(whole - text, page).toBeLessThan(10_000);
  }
});

/** Text as read: the ふりがな of a やさしい日本語 page (<rt>, <rp>) and the tags left out. */
const asRead = (html: string) => html.replace(/<(rt|rp)\b[^>]*>[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, '');
/** A line named in Japanese (392行目, 1000〜1010行目) or in English (line 392, lines 1000–1010). */
const LINE_NAMED = [/\d+(?:〜\d+)?行目/g, /\blines? \d+(?:–\d+)?\b/g];

test('every 「N行目」 (ja, easy) and "line N" (en) on the site is a link to that line of a published source', () => {
  const problems: string[] = [];
  const anchors = new Map<string, Set<string>>();
  const anchorsOf = (page: string) => {
    if (!anchors.has(page)) anchors.set(page, fileFor(page) ? ids(read(page)) : new Set());
    return anchors.get(page)!;
  };
  const linked = { ja: 0, en: 0 };
  for (const page of htmlPages()) {
    const html = read(page).replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '');
    const rest = html.replace(/<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g, (whole, href: string, inner: string) => {
      const text = asRead(inner).trim();
      const named = /^(\d+)(?:〜\d+)?行目$/.exec(text) ?? /^lines? (\d+)(?:–\d+)?$/.exec(text);
      if (!named) return whole;
      linked[text.endsWith('行目') ? 'ja' : 'en']++;
      const line = named[1]!;
      const m = /^(\/sources\/[^/#]+\/)#L(\d+)$/.exec(href);
      if (!m || m[2] !== line) problems.push(`${page}: ${text} links to ${href}`);
      else if (!anchorsOf(m[1]!).has(`L${line}`)) problems.push(`${page}: ${href} is not a line of ${m[1]}`);
      return '';
    });
    // What remains of the page's text (tags, their attributes and readings removed) names no line without a link.
    const text = asRead(rest);
    for (const pattern of LINE_NAMED)
      for (const m of text.matchAll(pattern)) problems.push(`${page}: 「${m[0]}」 is not a link`);
  }
  // Every project and promise page cites lines, most several, in each edition.
  expect(linked.ja).toBeGreaterThan(2000);
  expect(linked.en).toBeGreaterThan(1000);
  expect(problems).toEqual([]);
});

test('a project page’s line links lead to the lines that print its title and budget', () => {
  // 児童手当の拡充: title at 118 and 400, budget 13,384,000千円 at 122 and 404 (read by hand in the FY2024 source).
  const lines = readFileSync(join(root, registry[0]!.source), 'utf8').split('\n');
  const html = read('/fy2024/projects/c15a479c/');
  const target = (label: string) =>
    [...html.matchAll(new RegExp(`${label}<a href="/sources/fy2024/#L(\\d+)">`, 'g'))].map((m) => Number(m[1]));
  expect(target('タイトル')).toEqual([118, 400]);
  expect(target('予算')).toEqual([122, 404]);
  for (const n of target('タイトル')) expect(lines[n - 1]).toContain('児童手当の拡充');
  for (const n of target('予算')) expect(lines[n - 1]).toContain('13,384,000千円');
});
