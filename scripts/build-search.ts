/**
 * Builds the search indexes after `astro build`, one per edition, each from that edition's pages only: the Japanese
 * original's in dist/pagefind/, やさしい日本語's in dist/easy/pagefind/, English's in dist/en/pagefind/. It reads every
 * page whose <main> is marked data-pagefind-body, takes the text a reader sees there (leaving out elements marked
 * data-pagefind-ignore, and the ふりがな of <ruby>), and adds it to Pagefind as a custom record, with the page's title
 * block first and its search metadata (<main data-search>) as Pagefind meta, filter words and sort. The Japanese
 * editions' records are character bigrams (src/lib/search/tokens.ts); English's are words (src/lib/search/english.ts),
 * and leave out the Japanese originals quoted in lang="ja" elements, which an English search cannot type. Fails on any
 * Pagefind error.
 * Usage: node scripts/build-search.ts
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import * as pagefind from 'pagefind';
import {
  ABSENT_SPELLINGS_FILE,
  filterToken,
  HAS_BUDGET,
  LISTING_SORT,
  indexTokens,
  NEWEST_IDS_FILE,
  runs,
  titleBlock,
} from '../src/lib/search/tokens.ts';
import { englishTitleBlock, englishTokens } from '../src/lib/search/english.ts';
import { allSpellings } from '../src/lib/search/variants.ts';
import { latestPlan } from '../src/lib/config/plans.ts';
import { EDITIONS, EDITION_INFO, type Edition } from '../src/lib/i18n/editions.ts';
import { money } from '../src/lib/i18n/money.ts';
import type { SearchMeta } from '../src/lib/search/meta.ts';
import { distFiles, sitePath } from './lib/dist.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** Elements that flow inline: text on either side of them joins without a break, as a browser renders it. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  // A line-break opportunity between phrases (src/lib/presentation/phrases.ts), not a break.
  'wbr',
  // ふりがな (the やさしい日本語 pages): the base text reads inline; its readings (rt, rp) are left out below.
  'ruby',
  'rb',
]);
/** Never indexed: code, and the readings of <ruby>, which would put かな between the kanji of every word. */
const SKIP = new Set(['script', 'style', 'template', 'svg', 'noscript', 'rt', 'rp']);

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

function find(node: Node, test: (el: Element) => boolean): Element | undefined {
  if (isElement(node) && test(node)) return node;
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

/**
 * The text of an element as a reader sees it: block elements and <br> break lines, ignored parts are left out, and
 * with `skipJapanese` (the English index) so are elements marked lang="ja".
 */
export function visibleText(root: Node, skipJapanese = false): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeName === '#text') {
      out += (node as DefaultTreeAdapterMap['textNode']).value.replace(/\s+/g, ' ');
      return;
    }
    if (!isElement(node)) return;
    if (SKIP.has(node.tagName) || attr(node, 'data-pagefind-ignore') !== undefined) return;
    if (skipJapanese && attr(node, 'lang') === 'ja') return;
    const block = !INLINE.has(node.tagName);
    if (block) out += '\n';
    for (const child of node.childNodes) walk(child);
    if (block) out += '\n';
  };
  walk(root);
  return out
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

export interface PageRecord {
  url: string;
  title: string;
  text: string;
  meta: SearchMeta;
}

/** An edition's folder in dist/ ('' for the Japanese original) and the folders of the other editions. */
const folderOf = (edition: Edition): string => EDITION_INFO[edition].prefix.slice(1);

/** The records of every indexable page of an edition in dist/ (the Japanese original's by default). */
export function pageRecords(edition: Edition = 'ja', root = dist): PageRecord[] {
  const records: PageRecord[] = [];
  const folder = folderOf(edition);
  // Each index holds its edition's pages only: the Japanese original's leaves out /easy/ and /en/.
  const others = EDITIONS.filter((e) => e !== edition && e !== 'ja').map(folderOf);
  const files = folder
    ? distFiles(root, { ext: '.html', under: folder, exclude: [`${folder}/pagefind`] })
    : distFiles(root, { ext: '.html', exclude: ['pagefind', ...others] });
  for (const file of files) {
    const doc = parse(readFileSync(join(root, file), 'utf8'));
    const main = find(doc, (el) => el.tagName === 'main' && attr(el, 'data-pagefind-body') !== undefined);
    if (!main) continue;
    const h1 = find(main, (el) => el.tagName === 'h1');
    const json = attr(main, 'data-search');
    if (!h1 || !json) throw new Error(`${file}: an indexed page needs an h1 and data-search on <main>`);
    const english = edition === 'en';
    records.push({
      url: sitePath(file),
      title: visibleText(h1, english).replace(/\n/g, ' '),
      text: visibleText(main, english),
      meta: JSON.parse(json) as SearchMeta,
    });
  }
  return records.sort((a, b) => a.url.localeCompare(b.url));
}

/**
 * The Pagefind page IDs (what a search result's `id` is) of the given URLs. An ID is the name of the page's fragment
 * file, which holds its URL: a fragment is gzipped JSON behind Pagefind's 12-byte signature.
 */
async function newestIds(index: pagefind.PagefindIndex, urls: string[]): Promise<string[]> {
  const { files, errors } = await index.getFiles();
  if (errors.length) throw new Error(`pagefind: ${errors.join('; ')}`);
  const wanted = new Set(urls);
  const ids = files
    .filter((f) => f.path.startsWith('fragment/'))
    .filter((f) => {
      const json = gunzipSync(f.content).subarray('pagefind_dcd'.length).toString('utf8');
      return wanted.has((JSON.parse(json) as { url: string }).url);
    })
    .map((f) => basename(f.path, '.pf_fragment'))
    .sort();
  if (ids.length !== wanted.size) throw new Error(`search: found ${ids.length} of ${wanted.size} newest-plan pages`);
  return ids;
}

/**
 * The spellings of the variant table (src/lib/search/variants.ts) that occur on no page, compared as the search
 * compares them (within a run of letters): a query holding one can find nothing, so the browser skips it and fetches
 * no index chunk for it.
 */
export function absentSpellings(records: PageRecord[]): string[] {
  const texts = records.map((r) => runs(r.text).join(' '));
  return allSpellings().filter((s) => !texts.some((t) => t.includes(s)));
}

/**
 * The listing order without a query: budget, largest first (records without one after), then title in Japanese
 * collation, then URL; as a zero-padded rank, so Pagefind's sort (which compares strings) keeps it.
 */
export function listingRanks(records: PageRecord[], locale = 'ja'): Map<string, string> {
  const collator = new Intl.Collator(locale);
  const ordered = [...records].sort(
    (a, b) =>
      (b.meta.budgetThousandYen ?? -1) - (a.meta.budgetThousandYen ?? -1) ||
      collator.compare(a.title, b.title) ||
      a.url.localeCompare(b.url),
  );
  const width = String(ordered.length).length;
  return new Map(ordered.map((r, i) => [r.url, String(i).padStart(width, '0')]));
}

/**
 * Index words per chunk file, in Pagefind's own unit (positions plus one per page of each word). Pagefind's default
 * (20,000) makes chunks of some 40 kB; a query fetches the chunk of each of its bigrams, and a variant search the
 * chunks of every spelling's bigrams, so chunks of some 4 kB (about 100 files) keep a first search small. Pagefind 1.5 reads this only
 * from the environment of its backend (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE); the name says it may change.
 */
const INDEX_CHUNK_SIZE = '2000';

/** One edition's index, written to its folder of dist/; returns the number of pages indexed. */
async function indexEdition(edition: Edition): Promise<number> {
  const records = pageRecords(edition);
  const english = edition === 'en';
  const ranks = listingRanks(records, EDITION_INFO[edition].lang);
  const amount = money(edition).short;
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const r of records) {
    const filters = Object.entries(r.meta.filters).flatMap(([name, values]) =>
      (values ?? []).map((v) => filterToken(name, v)),
    );
    // A budget sort lists only the records a budget band was given (the projects): one word marks them all.
    if (r.meta.filters.band?.length) filters.push(HAS_BUDGET);
    const meta: Record<string, string> = { title: r.title, kind: r.meta.kind, text: r.text };
    if (r.meta.context) meta['context'] = r.meta.context;
    if (r.meta.budgetThousandYen !== undefined) meta['budget'] = String(r.meta.budgetThousandYen);
    // A project's budget as the edition words it, for the result list: the browser has no catalog (the Japanese
    // original's index keeps its records as they were; the page formats its amounts itself).
    if (edition !== 'ja' && r.meta.budgetThousandYen !== undefined && r.meta.filters.band?.length)
      meta['amount'] = amount(r.meta.budgetThousandYen);
    if (r.meta.status) meta['status'] = r.meta.status;
    const tokens = english
      ? [...englishTitleBlock(r.title), ...englishTokens(r.text)]
      : [...titleBlock(r.title), ...indexTokens(r.text)];
    const response = await index.addCustomRecord({
      url: r.url,
      content: [...tokens, ...filters].join(' '),
      // A language Pagefind neither stems nor segments: the tokens are already what the browser will send.
      language: 'und',
      meta,
      // One sort key only: Pagefind writes its sort keys in hash-map order, so two keys made two builds of the same
      // site differ. The listing rank is budget, largest first, so it also serves the budget sorts (its reverse for
      // the smallest first); pages without a budget come after every project.
      sort: { [LISTING_SORT]: ranks.get(r.url)! },
    });
    if (response.errors.length) throw new Error(`pagefind: ${r.url}: ${response.errors.join('; ')}`);
  }
  const newest = await newestIds(
    index,
    records.filter((r) => r.meta.filters.plan?.includes(latestPlan.id)).map((r) => r.url),
  );
  const out = join(dist, folderOf(edition), 'pagefind');
  rmSync(out, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  writeFileSync(join(out, NEWEST_IDS_FILE), `${JSON.stringify(newest)}\n`);
  // English has no spelling variants (see SiteSearch): nothing to skip.
  if (!english) writeFileSync(join(out, ABSENT_SPELLINGS_FILE), `${JSON.stringify(absentSpellings(records))}\n`);
  return records.length;
}

async function main(): Promise<void> {
  const started = performance.now();
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = INDEX_CHUNK_SIZE;
  const counts: string[] = [];
  // One index after another: Pagefind's backend is one process, and the machine may be busy.
  for (const edition of EDITIONS) counts.push(`${await indexEdition(edition)} ${edition}`);
  // Pagefind 1.5 answers writeFiles before its last writes reach the disk, and close() kills its backend: under load
  // a file can ship torn (Pagefind issue #1271, fixed upstream by flushing in PR #1272). Give the writes time to land.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await pagefind.close();
  console.log(`search: indexed ${counts.join(', ')} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  main().catch((error: unknown) => {
    console.error(`search index failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
