import { describe, expect, it } from 'vitest';
import { addPhraseBreaks, phraseHtml, phrases } from '../../src/lib/presentation/phrases.ts';

describe('phrases', () => {
  it.each([
    // The h1 of /fy2024/: BudouX keeps 令和6年度アクションプラン whole; it is long, so it also breaks before the katakana.
    ['熊本市第8次総合計画 令和6年度アクションプラン(案)', ['熊本市第8次総合計画 令和6年度', 'アクションプラン(案)']],
    ['児童手当の拡充', ['児童手当の', '拡充']],
    ['「10分・20分構想」の推進', ['「10分・20分構想」の', '推進']],
    ['市電車両リフレッシュ・ロケーションシステム事業', ['市電車両', 'リフレッシュ・ロケーションシステム', '事業']],
    ['GPSバスナビゲーションシステム導入', ['GPS', 'バスナビゲーションシステム', '導入']],
    // A one-character prefix or suffix stays with its word.
    [
      '1. 市役所の再デザイン ① 政令指定都市くまもとの実現',
      ['1. 市役所の', '再デザイン ① 政令指定都市くまもとの', '実現'],
    ],
    ['熊本型コンパクトシティ化の推進', ['熊本型', 'コンパクトシティ化の', '推進']],
    // Vision 3's title: BudouX alone gives 強くしな｜やかなまち.
    ['市民生活を守る強くしなやかなまち', ['市民生活を', '守る', '強くしなやかなまち']],
  ])('%s', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it('gives the text back unchanged and never breaks inside a year, a number or a count', () => {
    const texts = [
      '令和6年度予算',
      '令和5年度の合計',
      '平成25年9月末時点の進捗状況',
      '動植物園開園100周年記念「サバンナエリア」等の整備',
      '熊本市第8次総合計画の着実な推進に向けたマネジメント(PDCA)サイクル',
      '2013年の行程表（挑戦元年アクションプラン）',
      '重点事項2 半導体関連企業の熊本進出に伴う諸課題への対応（7事業、3.9億円）',
    ];
    for (const text of texts) {
      const parts = phrases(text);
      expect(parts.join('')).toBe(text);
      const cuts = parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('').length);
      for (const m of text.matchAll(/(令和|平成)\d+年度?|\d+(年|月|周年|事業)|第\d+次|\d+(\.\d+)?億円/g)) {
        for (const cut of cuts) expect(cut <= m.index || cut >= m.index + m[0].length, `${text} at ${cut}`).toBe(true);
      }
    }
  });

  it('leaves text without Japanese alone', () => {
    expect(phrases('No.44')).toEqual(['No.44']);
    expect(phraseHtml('CSV &amp; JSON')).toBe('CSV &amp; JSON');
  });
});

describe('phrase breaks in a page', () => {
  const page = [
    '<!doctype html><html lang="ja"><head><title>児童手当の拡充 | 熊本市 計画エクスプローラー</title>',
    '<script type="module">const h = "<h1>児童手当の拡充</h1>";</script></head><body>',
    '<nav aria-label="パンくずリスト"><ol><li><a href="/">ホーム</a></li><li><span aria-current="page">児童手当の拡充</span></li></ol></nav>',
    '<main><p class="kicker">重点事項1・ビジョン1の事業</p>',
    '<h1 class="x" title="a > b">児童手当の拡充</h1><p>児童手当の拡充</p>',
    '<h2>「こども家庭センター」の開設 &amp; 「結婚支援センター」の開設</h2>',
    '<h2>図<svg><text>児童手当の拡充</text></svg></h2>',
    '<table><caption>重点事項1の事業と前年度予算</caption><tr><th scope="col">令和6年度予算</th><td>児童手当の拡充</td></tr></table>',
    '</main></body></html>',
  ].join('');
  const out = addPhraseBreaks(page);

  it('breaks headings, navigation, captions and table headers between phrases', () => {
    expect(out).toContain('<h1 class="x" title="a > b">児童手当の<wbr>拡充</h1>');
    expect(out).toContain('<span aria-current="page">児童手当の<wbr>拡充</span>');
    // The label above a record's h1.
    expect(out).toContain('<p class="kicker">重点事項1・ビジョン1の<wbr>事業</p>');
    expect(out).toContain('<caption>重点事項1の<wbr>事業と<wbr>前年度予算</caption>');
    expect(out).toContain('<h2>「こども<wbr>家庭センター」の<wbr>開設 &amp; ');
    // A year is one word: a table header that is one phrase gets no break.
    expect(out).toContain('<th scope="col">令和6年度予算</th>');
  });

  it('breaks a text marked .phrased between phrases, never inside 作業中 or 試行的実施', () => {
    // /2013/items/37/ showed 「検証作業／中」 and /fy2024/priorities/1/ 「試行的実／施」 at 360 px.
    const marked = addPhraseBreaks(
      '<main><span class="phrased">熊本県から引き継いだ基本計画の見直し・検証作業中</span><a class="phrased" href="/x/">こども誰でも通園制度(仮称)の試行的実施</a></main>',
    );
    expect(marked.match(/<wbr>/g)?.length).toBeGreaterThan(2);
    const text = marked.replace(/<(?!wbr)[^>]*>/g, '');
    for (const word of ['作業中', '試行的実施', '引き継いだ']) {
      const broken = [...word].slice(1).map((_, i) => `${word.slice(0, i + 1)}<wbr>${word.slice(i + 1)}`);
      expect(broken.filter((b) => text.includes(b))).toEqual([]);
    }
  });

  it('leaves running text, the title, scripts and SVG text alone', () => {
    expect(out).toContain('<p>児童手当の拡充</p>');
    expect(out).toContain('<title>児童手当の拡充 | 熊本市 計画エクスプローラー</title>');
    expect(out).toContain('const h = "<h1>児童手当の拡充</h1>";');
    expect(out).toContain('<svg><text>児童手当の拡充</text></svg>');
    expect(out).toContain('<td>児童手当の拡充</td>');
  });

  it('changes nothing but the added <wbr>', () => {
    expect(out.startsWith('<!doctype html>')).toBe(true);
    expect(out.replaceAll('<wbr>', '')).toBe(page);
  });
});

describe('phrase breaks in the search index', () => {
  it('reads <wbr> as a break opportunity, not a line break', async () => {
    const { parseFragment } = await import('parse5');
    const { visibleText } = await import('../../scripts/build-search.ts');
    const html = addPhraseBreaks('<h1>AIデマンドタクシーによる移動環境の整備</h1>');
    expect(html).toContain('<wbr>');
    const [h1] = parseFragment(html).childNodes;
    expect(visibleText(h1!)).toBe('AIデマンドタクシーによる移動環境の整備');
  });
});
