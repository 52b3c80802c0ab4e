/**
 * ふりがな for the やさしい日本語 edition. Every expected reading was written by hand (a dictionary's reading of the word,
 * the place names from the city's own kana), not taken from the analyser's output.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { rubyReader } from '../../src/lib/presentation/analyser.ts';
import {
  addRuby,
  align,
  kanaText,
  rubyBaseText,
  rubyHtml,
  rubySegments,
  type AnalysedToken,
  type Segment,
} from '../../src/lib/presentation/ruby.ts';
import { FURIGANA_WORDS } from '../../src/lib/data/furigana.ts';

describe('align', () => {
  it('keeps the written kana outside the ruby', () => {
    expect(align('行い', 'おこない')).toEqual([{ text: '行', reading: 'おこな' }, { text: 'い' }]);
    expect(align('取り組み', 'とりくみ')).toEqual([
      { text: '取', reading: 'と' },
      { text: 'り' },
      { text: '組', reading: 'く' },
      { text: 'み' },
    ]);
    // Katakana in the word match the hiragana reading.
    expect(align('省エネ型', 'しょうえねがた')).toEqual([
      { text: '省', reading: 'しょう' },
      { text: 'エネ' },
      { text: '型', reading: 'がた' },
    ]);
  });

  it('sets the whole word as one ruby where the kana do not line up, and leaves a word without kanji alone', () => {
    expect(align('取り組み', 'とくみ')).toEqual([{ text: '取り組み', reading: 'とくみ' }]);
    expect(align('こども', 'こども')).toEqual([{ text: 'こども' }]);
  });
});

describe('rubySegments with a stub analyser', () => {
  // A stub that splits where the test says: the curated words' rule is about the analyser's word boundaries.
  const stub =
    (...words: string[]) =>
    (text: string): AnalysedToken[] => {
      const readings: Record<string, string> = {
        今年度: 'コンネンド',
        年度: 'ネンド',
        '2024': '*',
        の: 'ノ',
        区: 'ク',
      };
      expect(words.join('')).toBe(text);
      return words.map((w) => ({ surface_form: w, reading: readings[w] ?? '*' }));
    };

  it('applies a curated word only on the analyser’s word boundaries', () => {
    const words = [{ word: '年度', reading: 'としど' }];
    expect(rubySegments('2024年度の', stub('2024', '年度', 'の'), words)).toEqual([
      { text: '2024' },
      { text: '年度', reading: 'としど' },
      { text: 'の' },
    ]);
    // Inside one word of the analyser the curated word does not apply.
    expect(rubySegments('今年度の', stub('今年度', 'の'), words)).toEqual([
      { text: '今年度', reading: 'こんねんど' },
      { text: 'の' },
    ]);
  });

  it('prefers the longer curated word', () => {
    const words = [
      { word: '区', reading: 'まち' },
      { word: '中央区', reading: 'ちゅうおうく' },
    ];
    expect(rubySegments('中央区', stub('中央', '区'), words)).toEqual([{ text: '中央区', reading: 'ちゅうおうく' }]);
  });

  it('returns text without kanji as it is, without asking the analyser', () => {
    expect(
      rubySegments('ひらがなとカタカナと 2024', () => {
        throw new Error('not asked');
      }),
    ).toEqual([{ text: 'ひらがなとカタカナと 2024' }]);
  });
});

describe('rubyHtml and kanaText', () => {
  const segments: Segment[] = [
    { text: '市電', reading: 'しでん' },
    { text: 'に' },
    { text: '乗', reading: 'の' },
    { text: 'る<' },
  ];
  it('marks each reading as ruby and escapes the rest', () => {
    expect(rubyHtml(segments)).toBe('<ruby>市電<rt>しでん</rt></ruby>に<ruby>乗<rt>の</rt></ruby>る&lt;');
  });
  it('writes each reading in place of its kanji', () => {
    expect(kanaText(segments)).toBe('しでんにのる<');
  });
});

describe('with the analyser and the curated words', () => {
  let read: (text: string) => Segment[];
  beforeAll(async () => {
    read = await rubyReader(FURIGANA_WORDS);
  });
  const kana = (text: string) => kanaText(read(text));

  it.each([
    ['熊本市の事業です', 'くまもとしのじぎょうです'],
    ['区役所', 'くやくしょ'],
    ['市電に乗ります', 'しでんにのります'],
    ['重点事項は2つです', 'じゅうてんじこうは2つです'],
    ['行程表を見ます', 'こうていひょうをみます'],
    ['施策の一覧です', 'しさくのいちらんです'],
    ['24,300千円です', '24,300せんえんです'],
    ['中央区と東区と西区と南区と北区', 'ちゅうおうくとひがしくとにしくとみなみくときたく'],
    ['2024年度の予算', '2024ねんどのよさん'],
    ['日本語で読みます', 'にほんごでよみます'],
    // 月 after digits is がつ (the dictionary gives つき, the moon).
    ['2024年6月に出ました', '2024ねん6がつにでました'],
    // The curated words (content/curated/furigana.json).
    ['障がいのある人', 'しょうがいのあるひと'],
    ['地下水及び水質', 'ちかすいおよびすいしつ'],
    ['ひとり親家庭', 'ひとりおやかてい'],
    ['繁体字に訳します', 'はんたいじにやくします'],
    ['歯の健診です', 'はのけんしんです'],
    ['田原坂と川尻と城南', 'たばるざかとかわしりとじょうなん'],
    ['原資料169行目', 'げんしりょう169ぎょうめ'],
    ['令和6年度予算', 'れいわ6ねんどよさん'],
    ['資料にある語と行', 'しりょうにあるごとぎょう'],
    ['事業を行います', 'じぎょうをおこないます'],
    // Readings a reader of the edition reported wrong, each checked in a dictionary (大津町 and 花畑町 as the town
    // and the city write them).
    ['障がい者', 'しょうがいしゃ'],
    ['制度を正しく運営します', 'せいどをただしくうんえいします'],
    ['この章について', 'このしょうについて'],
    ['土を調べて', 'つちをしらべて'],
    ['一人一台の端末', 'ひとりいちだいのたんまつ'],
    ['一人一人を大切にする', 'ひとりひとりをたいせつにする'],
    ['預けられる数', 'あずけられるかず'],
    ['西原村や大津町', 'にしはらむらやおおづまち'],
    ['花畑地区と花畑広場', 'はなばたちくとはなばたひろば'],
    ['表計算ソフト', 'ひょうけいさんソフト'],
    ['いちばん上の行', 'いちばんうえのぎょう'],
    ['CSVは表計算ソフトで開けます', 'CSVはひょうけいさんソフトでひらけます'],
    // Words of their own keep their readings beside the curated ones.
    ['土日と土地', 'どにちととち'],
  ])('%s → %s', (text, expected) => {
    expect(kana(text)).toBe(expected);
  });

  it('keeps okurigana outside the ruby and leaves digits alone', () => {
    expect(rubyHtml(read('事業を行います'))).toBe(
      '<ruby>事業<rt>じぎょう</rt></ruby>を<ruby>行<rt>おこな</rt></ruby>います',
    );
    expect(rubyHtml(read('2024年'))).toBe('2024<ruby>年<rt>ねん</rt></ruby>');
  });

  it('reads a word a phrase break cuts as one word, and puts the break back', () => {
    // BudouX breaks 障が｜いのある; read apart, 障 alone is さわ (障る).
    expect(addRuby('<body><h2>障が<wbr>いのある<wbr>人</h2></body>', read)).toBe(
      '<body><h2><span><ruby>障<rt>しょう</rt></ruby>が<wbr>いのある<wbr><ruby>人<rt>ひと</rt></ruby></span></h2></body>',
    );
  });

  it('gives the same segments for the same text', () => {
    expect(read('熊本市の計画')).toEqual(read('熊本市の計画'));
  });
});

describe('addRuby', () => {
  // A reader that knows three words, so the test is about where ruby goes, not about readings.
  const known: Record<string, string> = { 市: 'し', 計画: 'けいかく', 熊本: 'くまもと' };
  const read = (text: string): Segment[] =>
    text
      .split(/(市|計画|熊本)/)
      .filter(Boolean)
      .map((t) => (known[t] ? { text: t, reading: known[t] } : { text: t }));

  it('sets ruby on body text, kana where ruby cannot go, and leaves other attributes and quoted originals alone', () => {
    const page =
      '<html lang="ja"><head><title>市の計画</title></head><body>' +
      '<h1 title="市の計画">市の<wbr>計画</h1>' +
      '<p data-original>市の計画</p><span lang="en">市</span><span lang="ja">市</span><code>市</code>' +
      '<select><option value="市">市の計画</option></select>' +
      '<svg><text>市</text><title>熊本</title></svg><script>const a = "市";</script>' +
      '<ruby>市<rt>いち</rt></ruby><p>A &amp; 市</p><td data-label="計画">1</td></body></html>';
    expect(addRuby(page, read)).toBe(
      '<html lang="ja"><head><title>しのけいかく</title></head><body>' +
        '<h1 title="市の計画"><span><ruby>市<rt>し</rt></ruby>の<wbr><ruby>計画<rt>けいかく</rt></ruby></span></h1>' +
        '<p data-original>市の計画</p><span lang="en">市</span><span lang="ja"><ruby>市<rt>し</rt></ruby></span><code>市</code>' +
        '<select><option value="市">しのけいかく</option></select>' +
        '<svg><text>し</text><title>くまもと</title></svg><script>const a = "市";</script>' +
        '<ruby>市<rt>いち</rt></ruby><p><span>A &amp; <ruby>市<rt>し</rt></ruby></span></p><td data-label="けいかく">1</td></body></html>',
    );
  });

  it('gives the page its own text back, readings left out', () => {
    const html = addRuby('<body><p>熊本市の計画</p><p data-original>市</p></body>', read);
    expect(rubyBaseText(html)).toBe('熊本市の計画');
  });
});
