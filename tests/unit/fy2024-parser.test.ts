/**
 * The FY2024 parser against facts checked by hand in content/sources/000_dbb0204a5abc5e36.txt. Every expected value
 * here was read off the source (line numbers as printed by `cat -n`), not off the parser's output.
 */
import { describe, expect, it } from 'vitest';
import type { Project } from '../../src/schemas/action-plan.ts';
import { projectId } from '../../scripts/action-plan/parse.ts';
import { fy2024Lines, fy2024Text, join1, parseFy2024Text } from './helpers.ts';

const data = parseFy2024Text(fy2024Text);
const byTitle = (title: string): Project => {
  const found = data.projects.find((p) => p.title === title);
  if (!found) throw new Error(`no project titled ${title}`);
  return found;
};

interface Pin {
  title: string;
  budget: number;
  previous: number | null;
  /** Line of each FY2024 budget figure, one per listing. */
  budgetLines: number[];
  sections: string[];
  notes?: string[];
  /** Line of the FY2023 figure, where one is printed. */
  previousLine?: number;
}

// Read off the source by hand: title, budget (千円), FY2023 budget, lines, sections, remarks.
const pins: Pin[] = [
  {
    title: '「こどもの権利サポートセンター」によるこどもの権利救済',
    budget: 24_300,
    previous: 17_400,
    budgetLines: [104, 429],
    previousLine: 105,
    sections: ['priority-1', 'vision-1'],
  },
  {
    title: '「結婚支援センター」の開設',
    budget: 37_000,
    previous: 2_000,
    budgetLines: [113, 412],
    previousLine: 114,
    sections: ['priority-1', 'vision-1'],
  },
  {
    title: '児童手当の拡充',
    budget: 13_384_000,
    previous: 11_498_000,
    budgetLines: [122, 404],
    previousLine: 123,
    sections: ['priority-1', 'vision-1'],
  },
  {
    title: 'こども誰でも通園制度(仮称)の試行的実施',
    budget: 20_608,
    previous: null,
    budgetLines: [129, 385],
    sections: ['priority-1', 'vision-1'],
    notes: ['全額R5.2補計上'],
  },
  {
    title: '「こども家庭センター」の開設',
    budget: 109_733,
    previous: 84_336,
    budgetLines: [136],
    previousLine: 137,
    sections: ['priority-1'],
  },
  {
    title: '「若者・ヤングケアラー支援センター」の開設',
    budget: 12_800,
    previous: 16_337,
    budgetLines: [145, 471],
    previousLine: 146,
    sections: ['priority-1', 'vision-1'],
  },
  {
    title: '不登校対策サポーターの増員による生徒の居場所づくり',
    budget: 56_600,
    previous: 40_400,
    budgetLines: [154, 512],
    previousLine: 155,
    sections: ['priority-1', 'vision-1'],
  },
  {
    title: '半導体関連企業の誘致強化',
    budget: 14_500,
    previous: 10_000,
    budgetLines: [183],
    previousLine: 184,
    sections: ['priority-2'],
  },
  {
    title: '人材の定着及び域外からの人材還流を促すための取組',
    budget: 71_200,
    previous: 64_700,
    budgetLines: [192],
    previousLine: 193,
    sections: ['priority-2'],
  },
  {
    title: '台湾に対する観光PR',
    budget: 6_000,
    previous: 11_000,
    budgetLines: [201],
    previousLine: 202,
    sections: ['priority-2'],
  },
  {
    title: '「10分・20分構想」の推進',
    budget: 261_000,
    previous: 169_000,
    budgetLines: [210, 1245],
    previousLine: 211,
    sections: ['priority-2', 'vision-7'],
  },
  {
    title: '外国人受入環境整備',
    budget: 25_800,
    previous: 19_600,
    budgetLines: [219],
    previousLine: 220,
    sections: ['priority-2'],
  },
  {
    title: '市内の翻訳・通訳体制の強化',
    budget: 3_722,
    previous: 311,
    budgetLines: [226, 864],
    previousLine: 227,
    sections: ['priority-2', 'vision-4'],
  },
  {
    title: '地下水及び公共用水域の監視強化',
    budget: 2_935,
    previous: null,
    budgetLines: [235, 929],
    sections: ['priority-2', 'vision-5'],
  },
  {
    title: 'アプリによるこどもの年齢に応じたきめ細かな情報提供',
    budget: 1_298,
    previous: null,
    budgetLines: [345],
    sections: ['vision-1'],
  },
  {
    title: '新たなこども食堂の開設支援',
    budget: 1_319,
    previous: null,
    budgetLines: [455],
    sections: ['vision-1'],
    notes: ['一部R5.2補計上'],
  },
  {
    title: '部活動指導員による教員の負担軽減と指導体制の充実',
    budget: 14_047,
    previous: null,
    budgetLines: [506],
    sections: ['vision-1'],
  },
  { title: '教育の情報化の推進', budget: 1_807_400, previous: null, budgetLines: [526], sections: ['vision-1'] },
  {
    title: 'テレワークで活躍できる多様な人材の育成',
    budget: 2_500,
    previous: null,
    budgetLines: [545],
    sections: ['vision-1'],
  },
  {
    title: '中心市街地における街区単位等での面的整備の支援',
    budget: 3_960,
    previous: null,
    budgetLines: [597],
    sections: ['vision-2'],
  },
  {
    title: '農水産物の販路拡大に向けたECサイトでの個別支援',
    budget: 3_950,
    previous: null,
    budgetLines: [651],
    sections: ['vision-2'],
    notes: ['全額R5.2補計上'],
  },
  { title: '農業基盤整備の着実な推進', budget: 599_974, previous: null, budgetLines: [684], sections: ['vision-2'] },
  {
    title: '西消防署の移転による1区1署体制の確立',
    budget: 401_000,
    previous: null,
    budgetLines: [758],
    sections: ['vision-3'],
  },
  {
    title: '医療用ウィッグ等の購入助成によるアピアランスケア※の推進',
    budget: 5_690,
    previous: null,
    budgetLines: [796],
    sections: ['vision-3'],
  },
  {
    title: '「バリアフルレストラン」の開催による心のバリアフリーの推進',
    budget: 3_000,
    previous: null,
    budgetLines: [846],
    sections: ['vision-4'],
  },
  {
    title: '省エネ家電、電気自動車等を導入する個人・事業者への補助',
    budget: 152_790,
    previous: null,
    budgetLines: [946],
    sections: ['vision-5'],
    notes: ['一部R5.2補計上'],
  },
  {
    title: '熊本城の文化的価値保全と計画的復旧',
    budget: 2_013_177,
    previous: null,
    budgetLines: [1026],
    sections: ['vision-6'],
  },
  {
    title: '縣市連携で運営する夜間中学による学び直しの機会の提供',
    budget: 33_398,
    previous: null,
    budgetLines: [1092],
    sections: ['vision-6'],
  },
  {
    title: '市営住宅の管理戸数の適正化に向けた方針策定',
    budget: 13_300,
    previous: null,
    budgetLines: [1180],
    sections: ['vision-7'],
  },
  {
    title: '熊本西環状道路の整備推進',
    budget: 4_974_500,
    previous: null,
    budgetLines: [1251],
    sections: ['vision-7'],
    notes: ['R5補正含む'],
  },
  {
    title: '公契約条例制定に向けた検討会議の開催',
    budget: 400,
    previous: null,
    budgetLines: [1295],
    sections: ['vision-8'],
  },
  {
    title: 'データ利活用の環境整備やEBPM※の推進',
    budget: 44_100,
    previous: null,
    budgetLines: [1327],
    sections: ['vision-8'],
  },
  {
    title: 'Instagramを活用した地域活性化',
    budget: 1_841,
    previous: null,
    budgetLines: [1380],
    sections: ['ward-higashi'],
  },
  { title: '防災バスツアーの開催', budget: 758, previous: null, budgetLines: [1416], sections: ['ward-minami'] },
  { title: '「北区の魅力！」発信事業', budget: 1_181, previous: null, budgetLines: [1440], sections: ['ward-kita'] },
  {
    title: 'まちづくり活動の周知やイメージアップ',
    budget: 1_181,
    previous: null,
    budgetLines: [1454],
    sections: ['ward-common'],
  },
];

describe('FY2024 projects, pinned by hand', () => {
  it.each(pins)('$title', (pin) => {
    const p = byTitle(pin.title);
    expect(p.budgetThousandYen).toBe(pin.budget);
    expect(p.previousBudgetThousandYen).toBe(pin.previous);
    expect(p.appearances.map((a) => a.budgetLine)).toEqual(pin.budgetLines);
    expect(p.sections).toEqual(pin.sections);
    expect(p.notes.map((n) => n.text)).toEqual(pin.notes ?? []);
    expect(p.sourceLines).toEqual(
      [...pin.budgetLines, ...(pin.previousLine ? [pin.previousLine] : [])].sort((a, b) => a - b),
    );
  });

  it('reads the three layouts: title/description/budget, title/budget/description, title with budget', () => {
    const club = byTitle('部活動指導員による教員の負担軽減と指導体制の充実').appearances[0]!;
    expect([club.titleLine, club.budgetLine, club.descriptionLine]).toEqual([504, 506, 508]);
    expect(club.layout).toBe('title-budget-description');
    const housing = byTitle('市営住宅の管理戸数の適正化に向けた方針策定').appearances[0]!;
    expect([housing.titleLine, housing.descriptionLine, housing.budgetLine]).toEqual([1174, 1178, 1180]);
    const art = byTitle('新総合計画をアートの視点で発信').appearances[0]!;
    expect([art.layout, art.titleLine, art.budgetLine, art.descriptionLine]).toEqual([
      'title-with-budget',
      1287,
      1287,
      1289,
    ]);
    expect(art.budgetThousandYen).toBe(12_000);
  });

  it('prints (一) and (-) as no FY2023 budget, keeping the text and line', () => {
    expect(byTitle('こども誰でも通園制度(仮称)の試行的実施').appearances[0]!.previousBudget).toEqual({
      thousandYen: null,
      text: '(一)',
      line: 130,
    });
    expect(byTitle('地下水及び公共用水域の監視強化').appearances[0]!.previousBudget).toEqual({
      thousandYen: null,
      text: '(-)',
      line: 236,
    });
  });

  it('keeps ☑ indicators and ※ footnotes with their project', () => {
    const advocate = byTitle('意見表明支援員の訪問によるこどもの権利擁護の推進');
    expect(advocate.indicators).toEqual([{ label: '支援実施施設の増', details: ['R5:4施設⇒R6:23全施設'], line: 437 }]);
    expect(advocate.footnotes).toEqual([{ text: '※意見表明が困難なこどもの立場から意見を代弁する代弁者', line: 435 }]);
    const dental = byTitle('節目年齢における歯科健診実施による口腔保健の推進');
    expect(dental.indicators).toEqual([
      { label: '20歳、30歳の対象追加', details: ['【20歳】、【30歳】、40歳、…、70歳'], line: 1006 },
    ]);
    // The drainage-pump plan is printed after the farm infrastructure project's picture, not inside its listing.
    expect(byTitle('農業基盤整備の着実な推進').indicators.map((i) => i.line)).toEqual([715]);
    expect(byTitle('省エネ家電、電気自動車等を導入する個人・事業者への補助').footnotes).toEqual([
      { text: '※ 対象省エネ家電:エアコン、冷蔵庫、冷凍庫、LED照明', line: 953 },
    ]);
    // A ※ note under a picture explains no mark in a project, so it stays a caption.
    expect(byTitle('動植物園開園100周年記念「サバンナエリア」等の整備').footnotes).toEqual([]);
    expect(data.captions.some((c) => c.line === 626)).toBe(true);
  });
});

describe('FY2024 counts and totals', () => {
  const section = (key: string) => data.projects.filter((p) => p.sections.includes(key as Project['sections'][number]));
  const total = (key: string) => section(key).reduce((s, p) => s + p.budgetThousandYen, 0);

  it('lists 113 project listings that are 104 distinct projects', () => {
    // Listings counted by hand per section: 7 + 7 priorities, 21 14 8 5 6 11 13 9 in visions 1-8, 12 ward projects.
    expect(data.plan.totals.appearances).toBe(7 + 7 + 21 + 14 + 8 + 5 + 6 + 11 + 13 + 9 + 12);
    // Nine priority projects are listed again in a vision (six of priority 1, three of priority 2).
    expect(data.projects).toHaveLength(113 - 9);
    expect(data.plan.totals.projects).toBe(104);
  });

  it.each([
    ['priority-1', 7],
    ['priority-2', 7],
    ['vision-1', 21],
    ['vision-2', 14],
    ['vision-3', 8],
    ['vision-4', 5],
    ['vision-5', 6],
    ['vision-6', 11],
    ['vision-7', 13],
    ['vision-8', 9],
    ['ward-chuo', 2],
    ['ward-higashi', 2],
    ['ward-nishi', 2],
    ['ward-minami', 2],
    ['ward-kita', 2],
    ['ward-common', 2],
  ])('%s lists %i projects', (key, count) => {
    expect(section(key)).toHaveLength(count);
  });

  it('totals sections as the sum of the figures printed in them', () => {
    const priority1 = [24_300, 37_000, 13_384_000, 20_608, 109_733, 12_800, 56_600];
    const priority2 = [14_500, 71_200, 6_000, 261_000, 25_800, 3_722, 2_935];
    expect(data.priorities[0]!.totalThousandYen).toBe(priority1.reduce((a, b) => a + b));
    expect(data.priorities[1]!.totalThousandYen).toBe(priority2.reduce((a, b) => a + b));
    expect(data.priorities[0]!.previousTotalThousandYen).toBe(17_400 + 2_000 + 11_498_000 + 84_336 + 16_337 + 40_400);
    expect(data.priorities[1]!.previousTotalThousandYen).toBe(10_000 + 64_700 + 11_000 + 169_000 + 19_600 + 311);
    expect(total('vision-3')).toBe(43_000 + 401_000 + 14_700 + 15_400 + 361_900 + 3_130 + 428_000 + 5_690);
    expect(total('vision-4')).toBe(3_000 + 29_000 + 5_000 + 3_722 + 4_000);
    expect(total('vision-5')).toBe(77_330 + 62_300 + 2_935 + 12_900 + 89_995 + 152_790);
    expect(total('vision-8')).toBe(12_000 + 12_100 + 400 + 72_100 + 45_400 + 41_752 + 44_100 + 4_428 + 48_000);
    for (const v of data.visions) expect(v.totalThousandYen).toBe(total(v.id));
    const wards = Object.fromEntries(data.wards.map((w) => [w.id, w.totalThousandYen]));
    expect(wards).toEqual({
      chuo: 1_000 + 1_000,
      higashi: 1_841 + 1_000,
      nishi: 1_402 + 1_741,
      minami: 758 + 1_000,
      kita: 3_900 + 1_181,
      common: 1_000 + 1_181,
    });
  });

  it('counts each project once in the plan total', () => {
    const listed = data.projects.flatMap((p) => p.appearances).reduce((s, a) => s + a.budgetThousandYen, 0);
    const twice = data.projects.filter((p) => p.appearances.length > 1);
    const counted = listed - twice.reduce((s, p) => s + p.budgetThousandYen * (p.appearances.length - 1), 0);
    expect(data.plan.totals.thousandYen).toBe(counted);
    expect(twice.map((p) => p.budgetThousandYen).sort((a, b) => a - b)).toEqual(
      [2_935, 3_722, 12_800, 20_608, 24_300, 37_000, 56_600, 261_000, 13_384_000].sort((a, b) => a - b),
    );
  });
});

describe('FY2024 reconciliation of 千円 figures', () => {
  it('accounts for every 千円 figure in the file', () => {
    const inFile = [...fy2024Text.matchAll(/\d[\d,]*千円/g)].length;
    expect(inFile).toBe(128);
    expect(data.figures).toHaveLength(inFile);
    expect(data.figures.filter((f) => f.kind === 'budget')).toHaveLength(113);
    // 14 priority projects print a FY2023 figure; two of them print (一)/(-) instead of an amount.
    expect(data.figures.filter((f) => f.kind === 'previous-budget')).toHaveLength(12);
    expect(data.figures.filter((f) => f.kind === 'other').map((f) => [f.line, f.text])).toEqual([
      [920, '11千円'],
      [920, '19千円'],
      [944, '9,700千円'],
    ]);
  });

  it('gives readers the reason a figure is not a budget in Japanese', () => {
    const reasons = data.figures.filter((f) => f.kind === 'other').map((f) => f.reason!);
    // Line 919-920: ☑ 湛水助成金の単価拡充 / 10a・月あたり:11千円⇒19千円; line 943-944: ☑ 熊本市取組分 under the 89,995千円 project.
    expect(reasons[0]).toContain('湛水');
    expect(reasons[2]).toContain('89,995千円のうち');
    for (const r of reasons) {
      expect(r).toMatch(/[ぁ-ん]/);
      expect(r).not.toMatch(/[A-Za-z]{3,}/);
    }
    expect(data.figures.filter((f) => f.kind !== 'other').every((f) => f.reason === null)).toBe(true);
  });
});

describe('FY2024 structure', () => {
  it('reads plan metadata', () => {
    expect(data.plan.title).toBe('熊本市第8次総合計画 令和6年度アクションプラン(案)');
    expect(data.plan.draft).toBe(true);
    expect(data.plan.fiscalYear).toEqual({ reiwa: 6, gregorian: 2024 });
    expect(data.plan.published).toEqual({ text: '令和6年(2024年)6月', month: '2024-06', line: 15 });
    expect(data.plan.crossCuttingViewpoints.items).toEqual([
      'SDGsの推進',
      'デジタル化、DXの推進',
      '市域を越えた広域的な連携の強化',
    ]);
    expect(data.plan.pdca.points).toHaveLength(3);
    expect(data.plan.contact).toMatchObject({
      department: '政策局 総合政策部 政策企画課',
      tel: '096-328-2035',
      fax: '096-324-1713',
    });
  });

  it('reads both priorities with their bullets and groups', () => {
    const [p1, p2] = data.priorities;
    expect(p1!.title).toBe('こども関連施策の推進');
    expect(p2!.title).toBe('半導体関連企業の熊本進出に伴う諸課題への対応');
    expect([p1!.situation.length, p1!.pastActions.length, p2!.situation.length, p2!.pastActions.length]).toEqual([
      3, 3, 4, 4,
    ]);
    expect(p1!.groups.map((g) => [g.title, g.projectIds.length])).toEqual([
      ['こどものいのちと権利を守る', 1],
      ['結婚・妊娠・出産などの希望を実現', 1],
      ['こどもの健やかな成長と子育て家庭を支援', 3],
      ['困難な状況にあるこどもや家庭を支援', 1],
      ['教育環境の整備', 1],
    ]);
    expect(p2!.groups.find((g) => g.title === '住環境')!.projectIds).toHaveLength(2);
  });

  it('reads the 8 visions with titles from the table of contents, measures and related visions', () => {
    expect(data.visions.map((v) => v.measures.length)).toEqual([4, 5, 4, 4, 4, 5, 3, 3]);
    expect(data.visions[1]!.title).toBe('市民に愛され、世界に選ばれる、持続的な発展を実現するまち');
    expect(data.visions[0]!.measures[0]).toMatchObject({
      id: '1-1',
      title: 'すべてのこどもの健やかな成長と家庭の幸せへの支援',
      line: 330,
    });
    expect(data.visions.map((v) => v.relatedVisions.map((r) => r.number))).toEqual([
      [2, 4, 6],
      [5, 7],
      [2, 6, 7],
      [],
      [2, 7],
      [1, 3, 4],
      [],
      [],
    ]);
    expect(data.visions.map((v) => v.tocPage)).toEqual([12, 16, 20, 22, 24, 26, 29, 32]);
  });

  it('reads the wards: labels, slogans and the budget frame', () => {
    expect(data.wards.map((w) => [w.name, w.labelLine])).toEqual([
      ['中央区', 1356],
      ['東区', 1357],
      ['西区', 1358],
      ['南区', 1408],
      ['北区', 1409],
      ['5区共通', 1410],
    ]);
    expect(data.wards[2]!.slogan!.text).toBe('金峰望む 華のあるまち西区');
    expect(data.wards[5]!.slogan).toBeNull();
    expect(data.plan.wards.frame).toMatchObject({
      perWardThousandYen: 19_000,
      commonThousandYen: 5_000,
      totalThousandYen: 100_000,
    });
    expect(data.plan.wards.policies).toHaveLength(4);
  });

  it('reads the small tables and attaches them', () => {
    const staffing = data.tables.find((t) => t.id === 'school-staffing')!;
    expect(staffing.header).toEqual(['', 'R2', 'R3', 'R4', 'R5', 'R6', '5か年増加率']);
    expect(staffing.rows.map((r) => r.cells[0])).toHaveLength(6);
    expect(staffing.rows[1]).toEqual({
      cells: ['スクールカウンセラー (配置時間)', '9,608', '12,765', '12,538', '12,171', '12,171', '1.3倍'],
      line: 553,
    });
    expect(staffing.attachedTo).toEqual({ kind: 'vision', id: 'vision-1' });
    const bounty = data.tables.find((t) => t.id === 'badger-bounty')!;
    expect(bounty.unit).toBe('円');
    expect(bounty.rows[1]!.cells).toEqual(['農業被害', '1,000', '0', '1,000', '2,000']);
    expect(bounty.attachedTo).toEqual({ kind: 'project', id: byTitle('捕獲報酬アップによる鳥獣被害対策の強化').id });
    const tablet = data.tables.find((t) => t.id === 'child-rights-tablet')!;
    expect(tablet.rows[0]!.cells[2]).toBe(
      '市立以外の学校の児童生徒も対象に追加\n市内在住で、学校に通っていないこどもも対象に追加\n大人も対象に追加',
    );
    expect(data.tables.map((t) => t.id).sort()).toEqual(
      [
        'appearance-care-subsidy',
        'badger-bounty',
        'child-rights-tablet',
        'kumamoto-app-features',
        'school-staffing',
        'young-carer-center',
      ].sort(),
    );
  });
});

describe('FY2024 one project, one record', () => {
  it('joins titles that differ by 「」 and keeps both', () => {
    const center = byTitle('「結婚支援センター」の開設');
    expect(center.otherTitles).toEqual(['結婚支援センターの開設']);
    expect(center.appearances.map((a) => a.titleLine)).toEqual([109, 408]);
  });

  it('joins 市内/庁内の翻訳・通訳体制の強化 by the curated decision and notes it', () => {
    const translation = byTitle('市内の翻訳・通訳体制の強化');
    expect(translation.otherTitles).toEqual(['庁内の翻訳・通訳体制の強化']);
    expect(data.qualityNotes.find((n) => n.kind === 'title-variant')).toMatchObject({
      lines: [222, 862],
      projectId: translation.id,
    });
  });

  it('notes descriptions and remarks that differ between listings', () => {
    expect(data.qualityNotes.find((n) => n.kind === 'description-variant')!.lines).toEqual([152, 514]);
    expect(data.qualityNotes.find((n) => n.kind === 'note-variant')!.lines).toEqual([386, 129]);
    expect(data.qualityNotes.find((n) => n.kind === 'related-vision-title')!.lines).toEqual([998, 56]);
  });

  it('notes the text it shows as printed, on the lines and projects that hold it', () => {
    const asPrinted = data.qualityNotes.filter((n) => n.kind === 'as-printed');
    // Line 280: 8つのビジョンに実現に向けて (the plan's own page); line 690: 上乘せ in the header of the bounty table
    // (アナグマ・タヌキの捕獲報酬費の拡充) of 捕獲報酬アップによる鳥獣被害対策の強化; line 1088: 縣 in the title
    // 縣市連携で運営する夜間中学…, whose description (line 1090) speaks of the 県立夜間中学.
    expect(asPrinted.map((n) => n.lines)).toEqual([[280], [690], [1088]]);
    expect(asPrinted[0]!.projectId).toBeNull();
    expect(asPrinted[1]!.projectId).toBe(byTitle('捕獲報酬アップによる鳥獣被害対策の強化').id);
    expect(asPrinted[1]).toMatchObject({
      text: '上乘せ',
      note: '「乘」は「乗」の旧字体です（画面の字体によっては同じ形に見えます）。「上乘せ」は「上乗せ」のことです。',
    });
    expect(asPrinted[2]!.projectId).toBe(byTitle('縣市連携で運営する夜間中学による学び直しの機会の提供').id);
    expect(asPrinted[2]).toMatchObject({
      text: '縣市連携',
      note: '「縣」は「県」の旧字体です。「縣市連携」は「県市連携」（熊本県と熊本市の連携）のことです。',
    });
  });

  it('notes a previous-year budget printed (一), the kanji for one, as no budget', () => {
    // Line 130: (一) under こども誰でも通園制度(仮称)の試行的実施; line 236 prints (-), which needs no note.
    const dashes = data.qualityNotes.filter((n) => n.kind === 'kanji-dash');
    expect(dashes).toHaveLength(1);
    expect(dashes[0]).toMatchObject({ lines: [130], projectId: byTitle('こども誰でも通園制度(仮称)の試行的実施').id });
    expect(byTitle('こども誰でも通園制度(仮称)の試行的実施').previousBudgetThousandYen).toBeNull();
  });
});

describe('FY2024 stable IDs', () => {
  const lines = fy2024Lines();
  const ids = new Map(data.projects.map((p) => [p.title, p.id]));

  it('derives a project ID from its normalised title only', () => {
    expect(projectId('「結婚支援センター」の開設')).toBe(projectId('結婚支援センターの開設'));
    expect(projectId('児童手当の拡充')).toBe(byTitle('児童手当の拡充').id);
    expect(new Set(ids.values()).size).toBe(data.projects.length);
  });

  it('keeps every ID when projects are reordered or one is added', () => {
    // Swap the two last vision 8 projects (lines 1335-1337 and 1339-1341), and add a project after them.
    const edited = [...lines];
    const a = edited.slice(1334, 1337);
    const b = edited.slice(1338, 1341);
    edited.splice(1334, 3, ...b);
    edited.splice(1338, 3, ...a);
    edited.splice(1341, 0, '', '新しい事業の検討 1,234千円', '', '新しい事業を検討します。');
    const again = parseFy2024Text(join1(edited));
    expect(again.projects).toHaveLength(data.projects.length + 1);
    for (const p of again.projects) if (ids.has(p.title)) expect(p.id).toBe(ids.get(p.title));
  });
});
