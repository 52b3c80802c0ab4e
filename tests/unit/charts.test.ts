/**
 * Chart functions are pure (data in, SVG out): these tests read the SVG they return. Bar lengths and dot positions
 * must be proportional to the amounts, no label may be cut, and all text must be set at the body's size. Amounts come
 * from the FY2024 data (the budgets read by hand in fy2024-parser.test.ts) or are made up here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { barChart } from '../../src/charts/bars.ts';
import { smallMultiples } from '../../src/charts/lines.ts';
import { stackedBars } from '../../src/charts/stacked.ts';
import { textWidth, wrapText } from '../../src/charts/svg.ts';
import { magnitudeSplit, priorityChange, rankedProjects, visionBudgets } from '../../src/lib/presentation/charts.ts';
import type { ChartWords } from '../../src/lib/presentation/charts.ts';
import { svgKana } from '../../src/lib/presentation/analyser.ts';
import { FURIGANA_WORDS } from '../../src/lib/data/furigana.ts';
import { Priority, Project, Vision } from '../../src/schemas/action-plan.ts';
import { fy2024Entry, root } from './helpers.ts';

const load = <T extends z.ZodType>(schema: T, file: string): z.infer<T>[] =>
  z.array(schema).parse(JSON.parse(readFileSync(join(root, 'content/fy2024', file), 'utf8')));
const projects = load(Project, 'projects.json');
const visions = load(Vision, 'visions.json');
const priorities = load(Priority, 'priorities.json');
const byId = new Map(projects.map((p) => [p.id, p]));
const projectsOf = (ids: readonly string[]) => ids.map((id) => byId.get(id)!);
const vision = (n: number) => visions.find((v) => v.number === n)!;
const priority = (n: number) => priorities.find((p) => p.number === n)!;

/** The parts of one panel (`<g data-panel>`), or the whole SVG for a chart without panels. */
const panels = (svg: string): string[] => {
  const found = [...svg.matchAll(/<g data-panel="\d+">(.*?)<\/g>(?=<g data-panel|<\/svg>)/gs)].map((m) => m[1]!);
  return found.length ? found : [svg];
};
/** Widths of the bars (rects from x=0), in % of the chart's width. */
const barWidths = (svg: string): number[] =>
  [...svg.matchAll(/<rect x="0" y="[\d.]+" width="([\d.]+)%"/g)].map((m) => Number(m[1]));
/** Every <text> as the words it shows, its lines joined. */
const texts = (svg: string): string[] =>
  [...svg.matchAll(/<text\b[^>]*>(.*?)<\/text>/gs)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
/** Every line of text (each <tspan>, or a <text> without them). */
const lines = (svg: string): string[] =>
  [...svg.matchAll(/<text\b[^>]*>(.*?)<\/text>/gs)].flatMap((m) =>
    m[1]!.includes('<tspan')
      ? [...m[1]!.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((t) => t[1]!)
      : [m[1]!.replace(/<[^>]+>/g, '')],
  );
const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const compact = (s: string) => unescape(s).replace(/\s/g, '');

/** Widths proportional to values: each equals the largest width scaled by its value (to the 4 decimals written). */
function expectProportional(widths: number[], values: number[]) {
  expect(widths).toHaveLength(values.length);
  const largest = values.indexOf(Math.max(...values));
  values.forEach((v, i) => {
    expect(Math.abs(widths[i]! - (widths[largest]! * v) / values[largest]!)).toBeLessThanOrEqual(0.0002);
    if (widths[i]! > 1) expect(widths[i]! / widths[largest]!).toBeCloseTo(v / values[largest]!, 4);
  });
}

const options = { id: 'c', title: 't', description: 'd', tickLabel: (v: number) => String(v) };

describe('bar lengths are proportional to the amounts', () => {
  it('draws 133.8億円 235 times as long as 5,689万円, on a linear scale from 0', () => {
    // 児童手当の拡充 13,384,000千円 (line 122); 小中学校図書の蔵書の充実 56,892千円; a made-up 400千円.
    const values = [13_384_000, 56_892, 400];
    const svg = barChart([{ bars: values.map((value) => ({ label: 'x', value, valueLabel: 'v' })) }], options);
    const widths = barWidths(svg);
    expectProportional(widths, values);
    expect(widths[0]! / widths[1]!).toBeCloseTo(235.25, 1);
  });

  it('keeps every bar of every panel true to its own panel scale', () => {
    const svg = barChart(
      [
        { heading: 'big', bars: [100, 50, 25].map((value) => ({ label: 'x', value, valueLabel: 'v' })) },
        { heading: 'small', bars: [8, 2, 1].map((value) => ({ label: 'x', value, valueLabel: 'v' })) },
      ],
      options,
    );
    const [big, small] = panels(svg).map(barWidths);
    expectProportional(big!, [100, 50, 25]);
    expectProportional(small!, [8, 2, 1]);
    // Both scales span the same length, so the panels line up.
    expect(small![0]).toBe(big![0]);
  });
});

describe('where a chart is split into panels', () => {
  it('splits at the smallest round amount that leaves everything below under a tenth of the largest', () => {
    // 133.8億円 over 5,689万円: split at 1億円.
    expect(magnitudeSplit([[13_384_000], [1_905_400], [56_892], [400]])).toBe(100_000);
    // 4.28億円 over 4,300万円 is 9.95 times: one scale serves (vision 3).
    expect(magnitudeSplit([[428_000], [401_000], [43_000], [3_130]])).toBeNull();
    // Everything under 1億円: one scale (vision 8).
    expect(magnitudeSplit([[72_100], [400]])).toBeNull();
    // 8,434万円 → 1.1億円 straddles 1億円, so a priority with 児童手当の拡充 splits at 10億円.
    expect(
      magnitudeSplit([
        [11_498_000, 13_384_000],
        [84_336, 109_733],
        [2_000, 37_000],
      ]),
    ).toBe(1_000_000);
  });

  it('shows vision 1 in two linear panels, 1億円 and up, then the rest at a larger scale', () => {
    const v = vision(1);
    const spec = rankedProjects(fy2024Entry, projectsOf(v.projectIds), 'ビジョン1', 'chart-vision-1');
    const [top, rest] = panels(spec.svg);
    expect(texts(top!)[0]).toBe('1億円以上の事業');
    expect(texts(rest!)[0]).toBe('1億円未満の事業（目盛りを拡大）');
    // 13,384,000, 1,905,400 and 1,807,400千円 are the three projects of 1億円 and more.
    expectProportional(barWidths(top!), [13_384_000, 1_905_400, 1_807_400]);
    const small = projectsOf(v.projectIds)
      .map((p) => p.budgetThousandYen)
      .filter((b) => b < 100_000)
      .sort((a, b) => b - a);
    expect(small).toHaveLength(18);
    expectProportional(barWidths(rest!), small);
    expect(spec.summary).toContain('1億円未満の18事業は、下の段に目盛りを拡大して示します。');
    expect(spec.summary).not.toContain('10倍');
  });

  it('keeps vision 3 on one linear scale', () => {
    const v = vision(3);
    const spec = rankedProjects(fy2024Entry, projectsOf(v.projectIds), 'ビジョン3', 'chart-vision-3');
    expect(panels(spec.svg)).toHaveLength(1);
    expectProportional(
      barWidths(spec.svg),
      projectsOf(v.projectIds)
        .map((p) => p.budgetThousandYen)
        .sort((a, b) => b - a),
    );
  });
});

describe('the priority dumbbell is linear too', () => {
  it('places both years of every project on its panel scale', () => {
    const p = priority(1);
    const spec = priorityChange(fy2024Entry, projectsOf(p.projectIds), '重点事項1', 'chart-priority-1');
    const [top, rest] = panels(spec.svg);
    expect(texts(top!)[0]).toBe('10億円以上の事業');
    expect(texts(rest!)[0]).toBe('10億円未満の事業（目盛りを拡大）');
    const dots = (panel: string, fill: string) =>
      [...panel.matchAll(new RegExp(`<circle cx="([\\d.]+)%" cy="[\\d.]+" r="6" fill="${fill}"`, 'g'))].map((m) =>
        Number(m[1]),
      );
    // 児童手当の拡充: 11,498,000 → 13,384,000千円 (lines 123, 122).
    expectProportional([...dots(top!, '#ffffff'), ...dots(top!, '#0072B2')], [11_498_000, 13_384_000]);
    // The other six in document order, 令和5年度 → 令和6年度 in 千円 (lines 104-105, 113-114, 129-130, 136-137,
    // 145-146, 154-155); こども誰でも通園制度 prints (一) for 令和5年度 (line 130), so it has no hollow dot.
    const before = [17_400, 2_000, 84_336, 16_337, 40_400];
    const after = [24_300, 37_000, 20_608, 109_733, 12_800, 56_600];
    expectProportional([...dots(rest!, '#ffffff'), ...dots(rest!, '#0072B2')], [...before, ...after]);
    expect(spec.summary).toContain('+18.9億円（+16.4%）');
  });
});

describe('the priority dumbbell keeps its grid clear of the labels', () => {
  it('draws no grid line across a row label or its amounts, at 0 or elsewhere', () => {
    const p = priority(1);
    const svg = priorityChange(fy2024Entry, projectsOf(p.projectIds), '重点事項1', 'chart-priority-1').svg;
    // Grid lines are the light vertical rules (#b3b3b3); text lines are 16 px glyphs on 22 px lines, first baseline at y.
    const grid = [...svg.matchAll(/<line x1="([^"]+)" x2="\1" y1="([\d.]+)" y2="([\d.]+)" stroke="#b3b3b3"/g)].map(
      (m) => [Number(m[2]), Number(m[3])] as const,
    );
    expect(grid.length).toBeGreaterThan(0);
    const textLines = [...svg.matchAll(/<text x="0" y="([\d.]+)"[^>]*>(.*?)<\/text>/g)].flatMap((m) => {
      const count = (m[2]!.match(/<tspan/g) ?? []).length;
      return Array.from({ length: count }, (_, i) => Number(m[1]) + i * 22);
    });
    // 児童手当の拡充 and its 「115.0億円→133.8億円」 among them (lines 122-123: 11,498,000 → 13,384,000千円).
    expect(texts(svg)).toContain('115.0億円→133.8億円');
    expect(textLines.length).toBeGreaterThan(14);
    const crossed = textLines.filter((base) => grid.some(([top, bottom]) => top < base + 4 && bottom > base - 16));
    expect(crossed).toEqual([]);
  });

  it('labels a pair of amounts in one unit', () => {
    // こども家庭センター: 84,336 → 109,733千円 (lines 137, 136): 8,434万円→10,973万円, never 「8,434万円→1.1億円」.
    const p = priority(1);
    const svg = priorityChange(fy2024Entry, projectsOf(p.projectIds), '重点事項1', 'chart-priority-1').svg;
    expect(texts(svg)).toContain('8,434万円→10,973万円');
    expect(svg).not.toMatch(/万円→[\d.,]+億円|億円→[\d.,]+万円/);
  });
});

describe('labels are never cut', () => {
  const charts = [
    visionBudgets(
      fy2024Entry,
      visions,
      projects.reduce((s, p) => s + p.budgetThousandYen, 0),
    ),
    ...visions.map((v) =>
      rankedProjects(fy2024Entry, projectsOf(v.projectIds), `ビジョン${v.number}`, `chart-${v.id}`),
    ),
    ...priorities.map((p) => priorityChange(fy2024Entry, projectsOf(p.projectIds), `重点事項${p.number}`, p.id)),
  ];

  it('prints every project title whole, wrapped over lines where it is long', () => {
    for (const v of visions) {
      const svg = charts[v.number]!.svg;
      const shown = texts(svg).map(compact);
      for (const p of projectsOf(v.projectIds)) expect(shown).toContain(compact(p.title));
    }
    // The label the old chart cut as "…持続的な発…".
    expect(texts(charts[0]!.svg).map(compact)).toContain(
      'ビジョン2市民に愛され、世界に選ばれる、持続的な発展を実現するまち',
    );
  });

  it('never shortens text with an ellipsis', () => {
    for (const c of charts) expect(c.svg).not.toContain('…');
  });

  it('wraps lines to fit a 288 px column (a 320 px phone) at 16 px: 18 full-width characters', () => {
    const width = (l: string) => [...unescape(l)].reduce((w, ch) => w + (ch.codePointAt(0)! <= 0xff ? 0.6 : 1), 0);
    for (const c of charts) for (const l of lines(c.svg)) expect(width(l), l).toBeLessThanOrEqual(18);
    expect(wrapText('ビジョン2 市民に愛され、世界に選ばれる、持続的な発展を実現するまち')).toEqual([
      'ビジョン2 市民に愛され、世界に',
      '選ばれる、持続的な発展を実現するまち',
    ]);
  });

  it('given the phrases, breaks after a whole constituent rather than between a modifier and its noun', () => {
    // The 2013 roadmap's part titles (2013 source lines 15 and 20: 「くまもとの再デザインに取り組みます」,
    // 「選ばれる都市くまもとを実現します」), too wide for one 288 px line. Cut as a phrase segmenter cuts them, a break
    // after に or を ends a constituent; one after の or 選ばれる parts くまもとの再デザイン or 選ばれる都市.
    expect(
      wrapText('I. くまもとの再デザインに取り組みます', 288, 16, ['I. くまもとの', '再デザインに', '取り組みます']),
    ).toEqual(['I. くまもとの再デザインに', '取り組みます']);
    expect(
      wrapText('III. 選ばれる都市くまもとを実現します', 288, 16, ['III. 選ばれる', '都市くまもとを', '実現します']),
    ).toEqual(['III. 選ばれる都市くまもとを', '実現します']);
    // Without phrases the cheaper rule keeps its even lines; phrases that are not the text's are ignored.
    expect(wrapText('III. 選ばれる都市くまもとを実現します')).toEqual(['III. 選ばれる', '都市くまもとを実現します']);
    expect(wrapText('III. 選ばれる都市くまもとを実現します', 288, 16, ['別の文'])).toEqual([
      'III. 選ばれる',
      '都市くまもとを実現します',
    ]);
  });

  it('keeps a figure and its unit on one line', () => {
    // Each line holds at most 5 full-width characters (80 px at 16 px): the figure may not end a line without its unit.
    expect(wrapText('予算は4.3億円です', 80)).toEqual(['予算は', '4.3億円', 'です']);
    expect(wrapText('合計34項目', 64)).toEqual(['合計', '34項目']);
    expect(wrapText('計11,658,473千円', 140)).toEqual(['計', '11,658,473千円']);
  });
});

describe('chart text is set at the body size, and the SVG is drawn at the size it is shown', () => {
  const all = [
    rankedProjects(fy2024Entry, projectsOf(vision(7).projectIds), 'ビジョン7', 'v7').svg,
    priorityChange(fy2024Entry, projectsOf(priority(2).projectIds), '重点事項2', 'p2').svg,
    stackedBars([{ label: 'I', counts: { a: 3 } }], {
      ...options,
      keys: [{ key: 'a', label: 'A', colour: 'blue' }],
      unit: '項目',
    }),
    smallMultiples([{ label: 's', values: [1, 2, null] }], { ...options, categories: ['R4', 'R5', 'R6'] }),
  ];

  it('gives every chart 16 px text (1rem, the body size) and no other size', () => {
    for (const svg of all) {
      expect(svg).toMatch(/^<svg [^>]*font-size="16"/);
      expect(svg.match(/font-size="[^"]*"/g)).toEqual(['font-size="16"']);
    }
  });

  it('has no viewBox to scale the drawing: it is as wide as its column', () => {
    for (const svg of all) {
      expect(svg).toMatch(/^<svg [^>]*width="100%"/);
      expect(svg).not.toContain('viewBox');
    }
  });
});

describe('stacked bars carry every number in words', () => {
  // Part I of the 2013 report as drawn by the old chart: 8 done, 33 in progress, 7 preparing, 1 and 1 too thin to label.
  const keys = [
    { key: 'done', label: '完了', colour: 'green' },
    { key: 'in-progress', label: '実施中', colour: 'blue' },
    { key: 'preparing', label: '準備・検討中', colour: 'orange' },
    { key: 'partly-cancelled', label: '一部中止', colour: 'purple' },
    { key: 'unknown', label: '不明', colour: 'grey' },
  ] as const;
  const svg = stackedBars(
    [
      {
        label: 'I. くまもとの再デザインに取り組みます',
        counts: { done: 8, 'in-progress': 33, preparing: 7, 'partly-cancelled': 1, unknown: 1 },
      },
      { label: 'III. 選ばれる都市くまもとを実現します', counts: { done: 2, 'in-progress': 19, preparing: 5 } },
    ],
    { ...options, keys: [...keys], unit: '項目' },
  );

  it('names the thin segments with their counts next to the bar', () => {
    const shown = texts(svg);
    expect(shown).toContain('一部中止 1項目');
    expect(shown).toContain('不明 1項目');
    expect(shown).toContain('33');
  });

  it('writes each row total with its unit', () => {
    expect(texts(svg)).toContain('50項目');
    expect(texts(svg)).toContain('26項目');
  });

  it('draws segments proportional to their counts', () => {
    const widths = [...svg.matchAll(/<rect x="[\d.]+%" y="[\d.]+" width="([\d.]+)%"/g)].map((m) => Number(m[1]));
    expectProportional(widths, [8, 33, 7, 1, 1, 2, 19, 5]);
  });
});

describe('English labels stay inside the chart', () => {
  // Project 389b8809's English title (content/curated/en.json), wrapped on the vision 4 chart as
  // 「Digital skills and」「job support for women」. In the body's font (Noto Sans CJK JP, 16 px) Chromium measures the
  // tail of the j 1 px left of where the line starts (so do Y's arms; checked in /usr/bin/chromium on
  // /en/fy2024/visions/4/): drawn at x 0, the line ran past the chart's left edge though its width fits.
  const svg = barChart(
    [{ bars: [{ label: 'Digital skills and job support for women', value: 5000, valueLabel: '¥5.0 million' }] }],
    options,
  );
  const spans = [...svg.matchAll(/<tspan ([^>]*)>(.*?)<\/tspan>/g)].map((m) => ({ attributes: m[1]!, text: m[2]! }));
  const start = (a: string) => Number(/\bx="([\d.]+)"/.exec(a)![1]) + Number(/\bdx="([\d.]+)"/.exec(a)?.[1] ?? 0);

  it('draws a line that starts with j at least 1 px in from the left edge, with room for its width', () => {
    const line = spans.find((s) => s.text === 'job support for women')!;
    expect(line).toBeDefined();
    expect(start(line.attributes)).toBeGreaterThanOrEqual(1);
    // 21 Latin characters: 201.6 px at the estimate's 0.6 em, well inside 288 px less the inset.
    expect(start(line.attributes) + textWidth(line.text)).toBeLessThanOrEqual(288);
  });

  it('leaves lines whose first letter starts at the pen where they were (the Japanese labels among them)', () => {
    expect(start(spans.find((s) => s.text === 'Digital skills and')!.attributes)).toBe(0);
    const ja = barChart([{ bars: [{ label: 'ICTを活用した学び', value: 1, valueLabel: '1' }] }], options);
    expect(ja).toContain('<tspan x="0">ICTを活用した学び</tspan>');
  });
});

describe('やさしい日本語 charts lay out the kana they draw', () => {
  // The ruby pass writes SVG text in kana after the page is rendered; a chart that measured the kanji would then draw
  // longer lines than it wrapped. Given the edition's kana (ChartWords.svgText), the chart measures those instead.
  let words: ChartWords;
  beforeAll(async () => {
    const kana = (await svgKana('easy', FURIGANA_WORDS))!;
    // The edition's titles as its pages give them (content/curated/easy.json), the Japanese one where it has none.
    const curated = z
      .object({ records: z.array(z.object({ id: z.string(), title: z.string() })) })
      .parse(JSON.parse(readFileSync(join(root, 'content/curated/easy.json'), 'utf8')));
    const titles = new Map(curated.records.map((r) => [r.id, r.title]));
    words = {
      edition: 'easy',
      project: (p) => titles.get(`project:${p.id}`) ?? p.title,
      vision: (v) => titles.get(`vision:${v.number}`) ?? v.title,
      table: (t) => titles.get(`table:${t.id}`) ?? t.title,
      svgText: kana,
    };
  });
  const han = /\p{Script=Han}/u;
  const width = (l: string) => [...unescape(l)].reduce((w, ch) => w + (ch.codePointAt(0)! <= 0xff ? 0.6 : 1), 0);
  const charts = () => [
    visionBudgets(
      fy2024Entry,
      visions,
      projects.reduce((s, p) => s + p.budgetThousandYen, 0),
      words,
    ),
    ...visions.map((v) => rankedProjects(fy2024Entry, projectsOf(v.projectIds), `ビジョン${v.number}`, v.id, words)),
    ...priorities.map((p) => priorityChange(fy2024Entry, projectsOf(p.projectIds), `重点事項${p.number}`, p.id, words)),
  ];

  it('leaves no kanji in the SVG, and every kana line fits the 288 px column', () => {
    for (const c of charts()) {
      const svgText = c.svg.replace(/<[^>]+>/g, '');
      expect(svgText, c.title).not.toMatch(han);
      for (const l of lines(c.svg)) expect(width(l), l).toBeLessThanOrEqual(18);
    }
  });

  it('breaks kana lines between the phrases the analyser finds, never inside a word', () => {
    const kana = words.svgText!;
    for (const title of [...projects.map((p) => words.project(p)), ...visions.map((v) => words.vision(v))]) {
      const pieces = kana.phrases!(title);
      expect(pieces.join(''), title).toBe(kana(title));
      const ends = new Set(pieces.map((_, i) => pieces.slice(0, i + 1).join('').length));
      let at = 0;
      for (const line of wrapText(kana(title), 288, 16, pieces).slice(0, -1)) {
        at += line.length;
        expect(ends, `${title}: ${line}`).toContain(at);
      }
    }
    // 「すべての市民がよりよく暮らせるまち」 (vision 6) read by hand: 市民 is しみん, one word.
    expect(kana.phrases!('すべての市民がよりよく暮らせるまち')).toContain('しみんが');
  });

  it('draws each title as read, and keeps the kanji in the title, sentence and data table outside the SVG', () => {
    const v1 = charts()[1]!;
    // Project 6aac938e of vision 1 in やさしい日本語 (content/curated/easy.json), read by hand: だいがくせい・がっこう・
    // せんせい・てつだ(い)・たいけん.
    const title = '大学生が学校で先生の手伝いを体験する';
    expect(vision(1).projectIds).toContain('6aac938e');
    expect(texts(v1.svg).map(compact)).toContain('だいがくせいががっこうでせんせいのてつだいをたいけんする');
    expect(v1.table.rows.flat().map((cell) => cell.text)).toContain(title);
    expect(v1.title).toMatch(han);
    expect(v1.summary).toMatch(han);
  });
});
