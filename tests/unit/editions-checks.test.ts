/**
 * The editions' page checks (tests/dist/editions.ts) on small hand-written pages: each finds what it must and passes
 * what it must, so a clean run over dist/ means something.
 */
import { describe, expect, it } from 'vitest';
import { japaneseOutsideLangJa, kanjiOutsideRuby, median, sentenceLengths } from '../dist/editions.ts';

const page = (body: string, title = 'Page') =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body>${body}</body></html>`;

describe('japaneseOutsideLangJa', () => {
  it('passes English text and Japanese quoted in lang="ja"', () => {
    expect(
      japaneseOutsideLangJa(
        page(
          '<h1>Child allowance</h1><p>Budget: ¥24.3 million (<span lang="ja">24,300千円</span>), line 392.</p>' +
            '<blockquote lang="ja"><p>児童手当の拡充</p><img alt="写真"></blockquote>' +
            '<script>const s = "日本語";</script><style>q::before { content: "「"; }</style>',
        ),
      ),
    ).toEqual([]);
  });

  it('finds kana, kanji, Japanese punctuation and full-width forms in text, title and attributes', () => {
    const problems = japaneseOutsideLangJa(
      page(
        '<p>Line 392行目</p><p>A「quote」</p><p>ＦＹ２０２４</p><p>a・b</p>' +
          '<img alt="地図"><input placeholder="れい"><a aria-label="ホーム" href="/">Home</a>' +
          '<p lang="en">ひらがな</p><span lang="ja"><b lang="en">中</b></span>',
        '児童手当 – Plan Explorer',
      ),
    );
    expect(problems).toEqual([
      '<title> "児童手当 – Plan Explorer"',
      '<p> "Line 392行目"',
      '<p> "A「quote」"',
      '<p> "ＦＹ２０２４"',
      '<p> "a・b"',
      '<img alt> "地図"',
      '<input placeholder> "れい"',
      '<a aria-label> "ホーム"',
      '<p> "ひらがな"',
      '<b> "中"',
    ]);
  });
  it('reads a page without a lang, or with another language inside lang="ja", as not Japanese', () => {
    expect(japaneseOutsideLangJa('<p>Printed <span>上乘せ</span>, <span lang="ja">上乘せ</span></p>')).toEqual([
      '<span> "上乘せ"',
    ]);
    expect(
      japaneseOutsideLangJa(page('<p lang="ja">ok <a lang="en" title="用語集" href="/">x</a> <i>「引用」</i></p>')),
    ).toEqual(['<a title> "用語集"']);
    expect(
      japaneseOutsideLangJa('<html lang="ja"><head><title>計画</title></head><body><p>日本語</p></body></html>'),
    ).toEqual([]);
  });

  it('finds full-width brackets and the title attribute, and passes nested originals and code', () => {
    expect(
      japaneseOutsideLangJa(
        page(
          '<p title="注記">x</p><p>Done（9）</p><div lang="ja"><p>重点事項<b>1</b></p></div>' +
            '<noscript>検索</noscript><template><p>テンプレート</p></template>',
        ),
      ),
    ).toEqual(['<p title> "注記"', '<p> "Done（9）"']);
  });

  it('reads the description and share preview of <head> as text, not the other <meta>', () => {
    const head =
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plan</title>' +
      '<meta name="description" content="熊本市の計画"><meta property="og:title" content="計画">' +
      '<meta name="twitter:title" content="Plan"><link rel="alternate" hreflang="ja" href="/">' +
      '</head><body><p>Plan</p></body></html>';
    expect(japaneseOutsideLangJa(head)).toEqual(['<meta content> "熊本市の計画"', '<meta content> "計画"']);
  });
});

describe('kanjiOutsideRuby', () => {
  it('passes kanji inside ruby, in quoted originals, scripts, styles, attributes and text to copy as is (<pre>)', () => {
    expect(
      kanjiOutsideRuby(
        page(
          '<p><ruby>市電<rt>しでん</rt></ruby>に<ruby>乗<rt>の</rt></ruby>ります。</p>' +
            '<p data-original>児童手当の拡充</p><div data-original=""><span>千円</span></div>' +
            '<script>"漢字"</script><style>/* 漢字 */</style><a title="熊本市" href="/">ホーム</a>' +
            '<pre>@misc{kpe-2013, title = {挑戦元年}}</pre>',
          '熊本市',
        ),
      ),
    ).toEqual([]);
  });

  it('finds kanji in the edition’s own text, in a reading, in SVG and in an option', () => {
    expect(
      kanjiOutsideRuby(
        page(
          '<p>熊本<ruby>市<rt>し</rt></ruby>です</p><p><ruby>市<rt>市</rt></ruby></p>' +
            '<svg><text>区</text></svg><select><option>中央区</option></select>',
        ),
      ),
    ).toEqual(['<p> 熊本: "熊本"', '<rt> 市: "市"', '<text> 区: "区"', '<option> 中央区: "中央区"']);
  });
});

describe('sentenceLengths', () => {
  it('splits at 。！？ and at block edges, and leaves out readings, quoted originals and pieces without words', () => {
    const html = page(
      '<h1><ruby>計画<rt>けいかく</rt></ruby></h1>' +
        '<p><ruby>市<rt>し</rt></ruby>の<a href="/">お<ruby>金<rt>かね</rt></ruby></a>です。よいですか？はい！</p>' +
        '<ul><li>こども</li><li>2024</li></ul><p data-original>児童手当の拡充について長い原文をここに引用します。</p>' +
        '<p>いち<br>に</p>',
    );
    // 計画 | 市のお金です。 | よいですか？ | はい！ | こども | (2024: no words) | (original) | いち | に
    expect(sentenceLengths(html)).toEqual([2, 7, 6, 3, 3, 2, 1]);
  });

  it('takes the median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
