/**
 * Text quoted from a source document keeps that document's meaning: inside it, no glossary link goes to an entry of
 * the other document or of the site's own words. The groups of the built /glossary/ page say which document an entry
 * belongs to (アクションプランの用語 → the plan, 行程表の用語 → the 2013 roadmap); pages mark quoted text with
 * `data-quote`. Read with parse5, an HTML parser, not with the site's own HTML code.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { htmlPages, read } from './site.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (n: Node): n is Element => 'tagName' in n;
const attr = (e: Element, name: string): string | undefined => e.attrs.find((a) => a.name === name)?.value;
const children = (n: Node): Node[] => ('childNodes' in n ? n.childNodes : []);

function* elements(n: Node): Generator<Element> {
  if (isElement(n)) yield n;
  for (const c of children(n)) yield* elements(c);
}

const textOf = (n: Node): string =>
  'value' in n && n.nodeName === '#text' ? n.value : children(n).map(textOf).join('');

/** The glossary's entries by the group they stand in: entry id → the group's document, or undefined. */
function entryDocuments(): Map<string, string | undefined> {
  const group: Record<string, string> = { 'about-plan': 'plan', 'about-roadmap': 'roadmap' };
  const out = new Map<string, string | undefined>();
  for (const section of elements(parse(read('/glossary/')))) {
    if (section.tagName !== 'section') continue;
    const document = group[attr(section, 'aria-labelledby') ?? ''];
    for (const dt of elements(section)) if (dt.tagName === 'dt' && attr(dt, 'id')) out.set(attr(dt, 'id')!, document);
  }
  return out;
}

/** Every quotation on a page: the document it is from, its text, and the glossary entries it links to. */
function quotations(path: string): Array<{ document: string; text: string; terms: string[] }> {
  const out: Array<{ document: string; text: string; terms: string[] }> = [];
  for (const e of elements(parse(read(path)))) {
    const document = attr(e, 'data-quote');
    if (!document) continue;
    const terms = [...elements(e)].map((a) => attr(a, 'data-term')).filter((t): t is string => t !== undefined);
    out.push({ document, text: textOf(e), terms });
  }
  return out;
}

describe('quoted source text', () => {
  const documents = entryDocuments();

  it('reads the glossary groups: ビジョン and 事業 are the plan’s words, 進捗状況 the roadmap’s', () => {
    expect([documents.get('vision'), documents.get('project'), documents.get('progress')]).toEqual([
      'plan',
      'plan',
      'roadmap',
    ]);
  });

  it('on the 2013 item pages, links to no entry of the action plan or of the site', () => {
    const pages = htmlPages().filter((p) => /^\/2013\/items\/\d+\/$/.test(p));
    expect(pages).toHaveLength(130);
    const quotes = pages.flatMap((p) => quotations(p).map((q) => ({ path: p, ...q })));
    expect(new Set(quotes.map((q) => q.document))).toEqual(new Set(['roadmap']));
    // Not vacuous: No.5's progress names 「区のみちづくりビジョン」 (source line 36), No.7's schedule 「ビジョンの審議及び
    // 策定」, and many cells say 事業.
    expect(quotations('/2013/items/5/').some((q) => q.text.includes('区のみちづくりビジョン'))).toBe(true);
    expect(quotations('/2013/items/7/').some((q) => q.text.includes('ビジョンの審議及び策定'))).toBe(true);
    expect(new Set(quotes.filter((q) => q.text.includes('事業')).map((q) => q.path)).size).toBeGreaterThan(25);
    const wrong = quotes.flatMap((q) =>
      q.terms.filter((t) => documents.get(t) !== 'roadmap').map((t) => `${q.path} ${t}`),
    );
    expect(wrong).toEqual([]);
  });

  it('on the plan pages, links to no entry of the 2013 roadmap or of the site', () => {
    const pages = htmlPages().filter((p) => /^\/fy\d{4}\//.test(p));
    const quotes = pages.flatMap((p) => quotations(p).map((q) => ({ path: p, ...q })));
    expect(new Set(quotes.map((q) => q.document))).toEqual(new Set(['plan']));
    // Not vacuous: the PDCA text of /fy2024/ (source line 28) says 「事業の進捗状況(D)」.
    expect(quotations('/fy2024/').some((q) => q.text.includes('事業の進捗状況(D)'))).toBe(true);
    const wrong = quotes.flatMap((q) =>
      q.terms.filter((t) => documents.get(t) !== 'plan').map((t) => `${q.path} ${t}`),
    );
    expect(wrong).toEqual([]);
  });
});
