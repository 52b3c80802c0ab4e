/**
 * Readings of titles for 五十音順. The expected readings were written by hand (a reader's reading of each title, the
 * place names checked against the city's own usage), not copied from the analyser's output; the committed readings
 * file is checked for every title of both documents and for kana only with this test's own pattern.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IpadicFeatures, Tokenizer } from '@sglkc/kuromoji';
import { loadTokenizer, readNumber, readTitle, readTitles } from '../../scripts/readings/read.ts';
import { ReadingsCurated } from '../../src/schemas/readings.ts';
import { root } from './helpers.ts';

const json = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const curated = ReadingsCurated.parse(json('content/curated/readings.json')).words;
const committed = json('content/readings/titles.json') as Array<{ title: string; reading: string }>;
const readingOf = new Map(committed.map((r) => [r.title, r.reading]));

let tk: Tokenizer<IpadicFeatures>;
beforeAll(async () => {
  tk = await loadTokenizer();
}, 60_000);

describe('the reading of a title', () => {
  // Each expected reading is a reader's, typed by hand.
  it.each([
    // Brackets are no part of the reading: the title sorts by its words.
    ['「結婚支援センター」の開設', 'けっこんしえんせんたーのかいせつ'],
    // Letters by their names, digits as a number.
    ['台湾に対する観光PR', 'たいわんにたいするかんこうぴーあーる'],
    ['2000人市民委員会の設置', 'にせんにんしみんいいんかいのせっち'],
    // Curated: the old form 縣 (no dictionary entry), 地下水 (split 地 / 下水 by the analyser), 多子 (read おいご).
    [
      '縣市連携で運営する夜間中学による学び直しの機会の提供',
      'けんしれんけいでうんえいするやかんちゅうがくによるまなびなおしのきかいのていきょう',
    ],
    ['地下水及び公共用水域の監視強化', 'ちかすいおよびこうきょうようすいいきのかんしきょうか'],
    ['多子世帯等の子育て支援の強化', 'たしせたいとうのこそだてしえんのきょうか'],
    // Curated: the Nishi Ward district 小島 is おしま; (仮称) is an annotation, not part of the name.
    ['西消防署小島出張所の移転', 'にししょうぼうしょおしましゅっちょうしょのいてん'],
    [
      '(仮称)環境影響評価条例制定による環境保全の推進',
      'かんきょうえいきょうひょうかじょうれいせいていによるかんきょうほぜんのすいしん',
    ],
    // Curated: MICE is said まいす, and the bracket after it repeats that reading.
    ['MICE(マイス)機能の充実', 'まいすきのうのじゅうじつ'],
    // Curated: 水 before a loanword is みず (as in 水ビジネス), not the suffix すい.
    ['「くまもと水ブランド」の情報発信', 'くまもとみずぶらんどのじょうほうはっしん'],
    // Katakana words become hiragana, ヴ included, with the long mark kept.
    ['ヴィーガン・ベジタリアン等の多様な食文化の尊重', 'ゔぃーがんべじたりあんとうのたようなしょくぶんかのそんちょう'],
  ])('%s → %s', (title, reading) => {
    expect(readTitle(title, tk, curated)).toEqual({ reading, unread: [] });
    expect(readingOf.get(title)).toBe(reading);
  });

  it('reads numbers with the sound changes of hundreds and thousands', () => {
    expect(['10', '21', '100', '300', '600', '2000', '3000', '8000', '10000'].map(readNumber)).toEqual([
      'じゅう',
      'にじゅういち',
      'ひゃく',
      'さんびゃく',
      'ろっぴゃく',
      'にせん',
      'さんぜん',
      'はっせん',
      'いちまん',
    ]);
  });

  it('fails on a word nothing reads, and on a curated word no title holds', async () => {
    await expect(readTitles(['縣市連携の推進'], [], 'readings.json')).rejects.toThrow(
      'readings.json: "縣市連携の推進": no reading for "縣"',
    );
    await expect(
      readTitles(['公園の整備'], [{ text: '託麻', reading: 'たくま', reason: 'a ward district' }], 'readings.json'),
    ).rejects.toThrow('the curated word "託麻" is in no title');
  });
});

describe('五十音順', () => {
  it('orders titles by their readings as a Japanese index does', () => {
    const collator = new Intl.Collator('ja');
    const titles = [
      '地下水及び公共用水域の監視強化',
      '公契約条例制定に向けた検討会議の開催',
      '縣市連携で運営する夜間中学による学び直しの機会の提供',
      '「結婚支援センター」の開設',
      'AIデマンドタクシーによる移動環境の整備',
      'ヴィーガン・ベジタリアン等の多様な食文化の尊重',
      'Instagramを活用した地域活性化',
    ];
    const sorted = [...titles].sort((a, b) => collator.compare(readingOf.get(a)!, readingOf.get(b)!));
    // いんすたぐらむ, ゔぃーがん (う with 濁点 sorts with う), えーあい, けっこん (small っ before ん), けんし,
    // こうけいやく, ちかすい.
    expect(sorted).toEqual([
      'Instagramを活用した地域活性化',
      'ヴィーガン・ベジタリアン等の多様な食文化の尊重',
      'AIデマンドタクシーによる移動環境の整備',
      '「結婚支援センター」の開設',
      '縣市連携で運営する夜間中学による学び直しの機会の提供',
      '公契約条例制定に向けた検討会議の開催',
      '地下水及び公共用水域の監視強化',
    ]);
  });
});

describe('the committed readings', () => {
  const plans = (json('content/plans.json') as Array<{ id: string }>).map((p) => p.id);
  const titles = [
    ...plans.flatMap((id) => (json(`content/${id}/projects.json`) as Array<{ title: string }>).map((p) => p.title)),
    ...(json('content/2013/items.json') as Array<{ title: string }>).map((i) => i.title),
  ];

  it('has one reading for every title of both documents, and no other', () => {
    // 104 FY2024 projects and 130 2013 items, no title shared between them.
    expect(plans).toEqual(['fy2024']);
    expect(titles).toHaveLength(104 + 130);
    expect(committed.map((r) => r.title).sort()).toEqual([...new Set(titles)].sort());
  });

  it('gives every title a reading of kana only', () => {
    const notKana = committed.filter((r) => !/^[ぁ-ゖー]+$/u.test(r.reading));
    expect(notKana).toEqual([]);
  });

  it('gives the projects of a plan distinct readings, so 五十音順 never ties two of them', () => {
    const fy2024 = (json('content/fy2024/projects.json') as Array<{ title: string }>).map((p) =>
      readingOf.get(p.title),
    );
    expect(new Set(fy2024).size).toBe(104);
  });

  it('uses every curated word in some title', () => {
    for (const word of curated) expect(titles.some((t) => t.normalize('NFKC').includes(word.text))).toBe(true);
  });
});

it('keeps the analyser in the build: only the ruby pass loads it, and no browser code reaches it', () => {
  const files = (readdirSync(join(root, 'src'), { recursive: true }) as string[]).filter((f) =>
    /\.(ts|astro|mdx|mjs)$/.test(f),
  );
  expect(files.length).toBeGreaterThan(50);
  const source = (f: string) => readFileSync(join(root, 'src', f), 'utf8');
  // The analyser runs while the pages are written (src/middleware.ts → ruby.ts → analyser.ts); one module loads it.
  expect(files.filter((f) => /from '[^']*kuromoji[^']*'/.test(source(f)))).toEqual([
    join('lib', 'presentation', 'analyser.ts'),
  ]);
  // Code that runs in the browser: src/lib/browser/ and the <script> blocks of components and pages. None may import
  // the analyser, the ruby pass or the package itself (the dist/ test checks the shipped scripts as well).
  const browser = files.flatMap((f) =>
    f.startsWith(join('lib', 'browser'))
      ? [source(f)]
      : f.endsWith('.astro')
        ? [...source(f).matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!)
        : [],
  );
  expect(browser.length).toBeGreaterThan(2);
  expect(browser.filter((code) => /kuromoji|analyser|presentation\/ruby/.test(code))).toEqual([]);
});
