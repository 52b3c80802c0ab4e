import { describe, expect, it } from 'vitest';
import { UNLINKED_PATHS, addGlossaryLinks } from '../../src/lib/presentation/glossary-links.ts';
import { GLOSSARY, TERMS } from '../../src/lib/presentation/glossary.ts';
import type { Term } from '../../src/lib/presentation/glossary.ts';

const terms: Term[] = [
  { id: 'project', term: '事業', notBefore: '者所', text: '', source: 'site', document: 'plan' },
  { id: 'wards', term: '区の取組', text: '', source: 'site' },
  { id: 'no-successor', term: '後継事業の掲載なし', text: '', source: 'site' },
  { id: 'mice', term: 'MICE', forms: ['ＭＩＣＥ'], text: '', source: 'general' },
  { id: 'vision', term: 'ビジョン', text: '', source: 'plan', document: 'plan' },
  { id: 'progress', term: '進捗状況', text: '', source: 'roadmap', document: 'roadmap' },
];
// The glossary page's anchor for a term, written out: the page is /glossary/ and each entry's id is the term's id.
const link = (id: string, text: string) => `<a href="/glossary/#${id}" data-term="${id}">${text}</a>`;
const page = (main: string) =>
  `<html><body><header>事業</header><main id="main">${main}</main><footer>事業</footer></body></html>`;

describe('addGlossaryLinks', () => {
  it('links the first use of a term in <main> and leaves later ones and the chrome alone', () => {
    expect(addGlossaryLinks(page('<p>104の事業があります。この事業は…</p><p>事業</p>'), terms)).toBe(
      page(`<p>104の${link('project', '事業')}があります。この事業は…</p><p>事業</p>`),
    );
  });

  it('never links inside headings, links, buttons, navigation, table headers, code, SVG, a kicker or a citation', () => {
    const skipped = [
      '<h1>事業</h1>',
      '<h2 id="x">事業の<span>一覧</span></h2>',
      '<a href="/x/">事業</a>',
      '<button type="submit">事業</button>',
      '<nav aria-label="x"><ul><li>事業</li></ul></nav>',
      '<table><caption>事業</caption><tr><th>事業</th></tr></table>',
      '<p>名称：<code>事業</code></p>',
      '<svg><text>事業</text></svg>',
      '<p class="kicker">事業</p>',
      '<section class="cite"><p>事業の引用</p></section>',
      '<details><summary>事業</summary></details>',
    ].join('');
    expect(addGlossaryLinks(page(skipped), terms)).toBe(page(skipped));
    // After all of them, the first use in running text is the one linked.
    expect(addGlossaryLinks(page(`${skipped}<p>事業</p>`), terms)).toBe(
      page(`${skipped}<p>${link('project', '事業')}</p>`),
    );
  });

  it('reads the longest term where terms overlap, and not a term that is part of another word', () => {
    expect(addGlossaryLinks(page('<p>事業者が区の取組を行う。後継事業の掲載なし。事業</p>'), terms)).toBe(
      page(
        `<p>事業者が${link('wards', '区の取組')}を行う。${link('no-successor', '後継事業の掲載なし')}。${link('project', '事業')}</p>`,
      ),
    );
  });

  it('links any spelling of a term once, and keeps attributes, comments and scripts byte for byte', () => {
    const html = page('<p title="事業">ＭＩＣＥとMICE<!-- 事業 --></p><script>const a = "<p>事業</p>";</script>');
    expect(addGlossaryLinks(html, terms)).toBe(
      page(
        `<p title="事業">${link('mice', 'ＭＩＣＥ')}とMICE<!-- 事業 --></p><script>const a = "<p>事業</p>";</script>`,
      ),
    );
  });

  it("links inside a document's quoted text only that document's own terms", () => {
    // No.5's progress (line 36 of the 2013 source) 「区のみちづくりビジョンに基づく、…推進事業を実施中」 is no FY2024 vision or project.
    const roadmap =
      '<dd><span data-quote="roadmap">区のみちづくりビジョンに基づく、区の特性を生かしたみちづくり推進事業を実施中。進捗状況</span></dd>';
    expect(addGlossaryLinks(page(roadmap), terms)).toBe(
      page(
        `<dd><span data-quote="roadmap">区のみちづくりビジョンに基づく、区の特性を生かしたみちづくり推進事業を実施中。${link('progress', '進捗状況')}</span></dd>`,
      ),
    );
    // The FY2024 plan's PDCA text 「事業の進捗状況(D)」: its 事業 is the plan's, its 進捗状況 not the 2013 roadmap's.
    const plan = '<ol data-quote="plan"><li>事業の進捗状況(D)やビジョン</li></ol>';
    expect(addGlossaryLinks(page(plan), terms)).toBe(
      page(
        `<ol data-quote="plan"><li>${link('project', '事業')}の進捗状況(D)や${link('vision', 'ビジョン')}</li></ol>`,
      ),
    );
  });

  it("links a term skipped in a quote at its next use outside, and not the site's own terms inside one", () => {
    const html = page('<p data-quote="roadmap">事業、後継事業の掲載なし</p><p>事業</p>');
    expect(addGlossaryLinks(html, terms)).toBe(
      page(`<p data-quote="roadmap">事業、後継事業の掲載なし</p><p>${link('project', '事業')}</p>`),
    );
  });

  it('gives the plan group its document, and the roadmap group the roadmap', () => {
    const byId = new Map(TERMS.map((t) => [t.id, t.document]));
    expect([byId.get('vision'), byId.get('project'), byId.get('measure')]).toEqual(['plan', 'plan', 'plan']);
    expect([byId.get('progress'), byId.get('relisted'), byId.get('roadmap')]).toEqual([
      'roadmap',
      'roadmap',
      'roadmap',
    ]);
    expect(byId.get('source-document')).toBeUndefined();
  });

  it('leaves a page without <main> unchanged, and the text of every page the same', () => {
    const html = '<html><body><p>事業</p></body></html>';
    expect(addGlossaryLinks(html, terms)).toBe(html);
    const text = (h: string) => h.replace(/<[^>]*>/g, '');
    const sample = page('<p>アクションプランの事業と施策、重点事項、ビジョン。13,384,000千円。</p>');
    expect(text(addGlossaryLinks(sample))).toBe(text(sample));
  });

  it('leaves alone the words that are mostly part of a document name', () => {
    const sample = page('<p>熊本市第8次総合計画 令和6年度アクションプラン(案)の施策</p>');
    expect(addGlossaryLinks(sample)).toBe(
      page(`<p>熊本市第8次総合計画 令和6年度アクションプラン(案)の${link('measure', '施策')}</p>`),
    );
  });

  it('skips the glossary itself, the data pages and the source texts', () => {
    expect(['/glossary/', '/data/', '/data/dictionary/', '/sources/fy2024/'].every((p) => UNLINKED_PATHS.test(p))).toBe(
      true,
    );
    expect(['/', '/fy2024/', '/2013/items/47/', '/about/', '/method/'].some((p) => UNLINKED_PATHS.test(p))).toBe(false);
  });
});

describe('the glossary', () => {
  it('has one entry per anchor and per spelling, with an explanation', () => {
    const ids = TERMS.map((t) => t.id);
    expect(new Set([...ids, ...GLOSSARY.map((g) => g.id)]).size).toBe(ids.length + GLOSSARY.length);
    const forms = TERMS.flatMap((t) => [t.term, ...(t.forms ?? [])]);
    expect(new Set(forms).size).toBe(forms.length);
    for (const t of TERMS) {
      expect(t.id).toMatch(/^[a-z][a-z-]*$/);
      expect(t.text.length, t.id).toBeGreaterThan(10);
    }
  });

  it('explains the terms the brief names', () => {
    const names = [
      '千円',
      '施策',
      '重点事項',
      'ビジョン',
      '事業',
      '行程表',
      '再掲',
      '補正予算',
      '前年度欄は「－」',
      '区の取組',
    ];
    names.push(
      'MICE',
      'EBPM',
      'アピアランスケア',
      'このサイトによる分類',
      '後継・関連する取組の掲載なし',
      '原資料',
      'データ版',
    );
    expect(names.filter((n) => !TERMS.some((t) => t.term === n))).toEqual([]);
  });
});
