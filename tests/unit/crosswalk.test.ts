/**
 * The 2013 → FY2024 crosswalk: the checks the data build makes on the curated file, each with a small input built
 * here (so the tests hold whatever the curated links become), and the rules any valid curated file keeps.
 * Every wording and target below was read by hand in the two source texts; the line numbers say where.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCrosswalk } from '../../scripts/crosswalk/build.ts';
import { parseRoadmap2013 } from '../../scripts/roadmap2013/parse.ts';
import { CrosswalkCurated } from '../../src/schemas/crosswalk.ts';
import type { CuratedLink } from '../../src/schemas/crosswalk.ts';
import { ROADMAP2013_FILE, fy2024Text, parseFy2024Text, roadmap2013Text, root } from './helpers.ts';

const fy = parseFy2024Text(fy2024Text);
const roadmap = parseRoadmap2013(ROADMAP2013_FILE, roadmap2013Text);
const FILE = 'content/curated/crosswalk-2013-2024.json';

type Extra = Partial<Pick<CrosswalkCurated['items'][number], 'rejected' | 'exceptions'>>;
/** A curated file listing all 130 items, with the given links (and rejections, exceptions) and nothing else. */
function curatedWith(items: Record<number, { links?: CuratedLink[] } & Extra>): CrosswalkCurated {
  return CrosswalkCurated.parse({
    items: Array.from({ length: 130 }, (_, i) => ({ no: i + 1, links: [], ...items[i + 1] })),
  });
}
const build = (c: CrosswalkCurated) => buildCrosswalk(FILE, c, fy, roadmap);
const note = '説明。';

// 2013 line 114: No.32 植木・北バイパス、熊本西環状道路の整備; FY2024 line 1247: 熊本西環状道路の整備推進.
const WEST_RING: CuratedLink = {
  project: '熊本西環状道路の整備推進',
  strength: 'successor',
  note,
  shared: '熊本西環状',
};
// 2013 line 54 ff.: No.13 行財政改革の推進; FY2024 measure 8-1 行政サービスの質の向上と持続可能な行財政運営の推進.
const FINANCE: CuratedLink = { measure: '8-1', strength: 'related', note, shared: '行財政' };
// 2013 line 283: No.79's sub-item names スクールカウンセラー; FY2024 line 553, table 学校現場における人員配置の推移 (vision 1).
const STAFFING: CuratedLink = { table: 'school-staffing', strength: 'related', note, shared: 'スクールカウンセラー' };
// 2013 lines 113 and 140: 熊本駅東口駅前広場の整備, printed by No.31 and again (re-listed) by No.37 with the same
// progress text; FY2024 line 1199/1201: 熊本駅新幹線口駅前広場の渋滞解消.
const STATION = { project: '熊本駅新幹線口駅前広場の渋滞解消', strength: 'related', note, shared: '駅前広場' } as const;
const STATION_SUBITEM = '熊本駅東口駅前広場の整備';
// Category I-1-1 (line 25) holds items 1, 2, 3. No.3 line 31 「指定都市市長会」; measure 8-3's summary 「政令指定都市」.
const CITY: CuratedLink = { measure: '8-3', strength: 'related', note, shared: '指定都市' };

describe('the crosswalk build resolves links', () => {
  it('gives each link its target, strength, note, evidence and page, and each item its status', () => {
    // No.13's siblings in category I-1-5 (2013 line 53: items 13–17) say why they are not linked to measure 8-1.
    const excepted = Object.fromEntries(
      [14, 15, 16, 17].map((no) => [no, { exceptions: [{ measure: '8-1', reason: '理由。' }] }]),
    );
    const c = curatedWith({ ...excepted, 32: { links: [WEST_RING] }, 13: { links: [FINANCE] } });
    const byNo = new Map(build(c).map((e) => [e.no, e]));
    expect(byNo.get(32)).toMatchObject({ status: 'successor' });
    expect(byNo.get(32)!.links[0]).toMatchObject({
      kind: 'project',
      title: '熊本西環状道路の整備推進',
      strength: 'successor',
      note,
      shared: '熊本西環状',
      subitem: null,
    });
    expect(byNo.get(32)!.links[0]!.url).toMatch(/^\/fy2024\/projects\/[0-9a-f]{8}\/$/);
    expect(byNo.get(13)).toMatchObject({ status: 'related' });
    expect(byNo.get(13)!.links[0]).toMatchObject({ kind: 'measure', id: '8-1', url: '/fy2024/visions/8/' });
    expect(byNo.get(1)).toMatchObject({ status: 'none', links: [] });
  });

  it("links a table to its vision's page at the table's anchor", () => {
    const [link] = build(curatedWith({ 79: { links: [STAFFING] } })).find((e) => e.no === 79)!.links;
    expect(link).toMatchObject({
      kind: 'table',
      id: 'school-staffing',
      title: '学校現場における人員配置の推移',
      url: '/fy2024/visions/1/#table-school-staffing',
    });
  });

  it('names the sub-item a link is about', () => {
    const c = curatedWith({
      31: { links: [{ ...STATION, subitem: STATION_SUBITEM }] },
      37: { links: [{ ...STATION, subitem: STATION_SUBITEM }] },
    });
    const sub = build(c).find((e) => e.no === 31)!.links[0]!.subitem;
    expect(sub?.name).toBe(STATION_SUBITEM);
    expect(sub?.id).toMatch(/^31-[0-9a-f]{6}$/);
  });
});

describe('the crosswalk build fails, naming file, item and what it expected', () => {
  const fails = (c: CrosswalkCurated, message: RegExp) => expect(() => build(c)).toThrow(message);

  it('on a missing, duplicate or unknown item', () => {
    const missing = curatedWith({});
    missing.items = missing.items.filter((i) => i.no !== 77);
    fails(missing, /^content\/curated\/crosswalk-2013-2024\.json: item 77 is missing/);
    const twice = curatedWith({});
    twice.items.push({ no: 5, links: [] });
    fails(twice, /crosswalk-2013-2024\.json: item 5 is listed twice/);
  });

  it('on a target that does not exist', () => {
    fails(
      curatedWith({ 32: { links: [{ ...WEST_RING, project: '熊本東環状道路の整備推進' }] } }),
      /item 32: no fy2024 project titled "熊本東環状道路の整備推進"/,
    );
    fails(
      curatedWith({ 79: { links: [{ ...STAFFING, table: 'school-buses' }] } }),
      /item 79: no fy2024 table "school-buses"/,
    );
    fails(curatedWith({ 13: { links: [{ ...FINANCE, measure: '8-9' }] } }), /item 13: no fy2024 measure 8-9/);
  });

  it('on shared wording missing from either text', () => {
    fails(
      curatedWith({ 32: { links: [{ ...WEST_RING, shared: '熊本東環状' }] } }),
      /crosswalk-2013-2024\.json: item 32: the shared wording "熊本東環状" does not occur in the 2013 item/,
    );
    // 植木・北バイパス is in the 2013 item (line 114) but not in the FY2024 project.
    fails(
      curatedWith({ 32: { links: [{ ...WEST_RING, shared: '植木・北バイパス' }] } }),
      /item 32: the shared wording "植木・北バイパス" does not occur in "熊本西環状道路の整備推進"/,
    );
  });

  it('on a measure or vision graded successor', () => {
    fails(
      curatedWith({ 13: { links: [{ ...FINANCE, strength: 'successor' }] } }),
      /item 13: the link to "施策8-1 .+" is a successor, but a measure is a policy heading: it can only be "related"/,
    );
    // Vision 8's measure 8-1 carries 行財政 too (its vision text includes its measures).
    fails(
      curatedWith({ 13: { links: [{ vision: 8, strength: 'successor', note, shared: '行財政' }] } }),
      /item 13: the link to "ビジョン8 .+" is a successor, but a vision is a policy heading/,
    );
  });

  it('on a sub-item the item does not print', () => {
    fails(
      curatedWith({ 32: { links: [{ ...WEST_RING, subitem: STATION_SUBITEM }] } }),
      /item 32: the link to "熊本西環状道路の整備推進" names the sub-item "熊本駅東口駅前広場の整備", which the item does not print/,
    );
  });

  it('on evidence that is not in the named sub-item or the item title', () => {
    // 2013 lines 383–385: No.110 中心市街地の回遊性の向上 prints 熊本城第Ⅱ期復元整備の実施 and
    // 「桜の馬場 城彩苑」を拠点とした回遊性の向上 (…お城や城彩苑で夜のイベントを開催…); 熊本城 is only in the first.
    // FY2024 line 608: ナイトタイムエコノミーの推進や夜間景観の充実 (…夜の魅力を…熊本城周辺を活用…).
    const night = { project: 'ナイトタイムエコノミーの推進や夜間景観の充実', strength: 'related', note } as const;
    const subitem = '「桜の馬場 城彩苑」を拠点とした回遊性の向上';
    fails(
      curatedWith({ 110: { links: [{ ...night, subitem, shared: '熊本城' }] } }),
      /item 110: the link to "ナイトタイムエコノミーの推進や夜間景観の充実" names the sub-item "「桜の馬場 城彩苑」を拠点とした回遊性の向上", but the shared wording "熊本城" occurs neither in it \(name, schedule cells, progress\) nor in the item title/,
    );
    // The same wording is fine on a link about the other sub-item, and wording of the named sub-item is fine too.
    const other = { ...night, subitem: '熊本城第Ⅱ期復元整備の実施', shared: '熊本城' };
    expect(() => build(curatedWith({ 110: { links: [other] } }))).not.toThrow();
    expect(() => build(curatedWith({ 110: { links: [{ ...night, subitem, shared: '夜' }] } }))).not.toThrow();
    // The item title counts for every sub-item: 中心市街地 (No.110's title, line 383) is in neither sub-item, and in
    // FY2024 line 1211 中心市街地における歩いて楽しめるまちづくり.
    const walk = { project: '中心市街地における歩いて楽しめるまちづくり', strength: 'related', note } as const;
    expect(() =>
      build(curatedWith({ 110: { links: [{ ...walk, subitem: '熊本城第Ⅱ期復元整備の実施', shared: '中心市街地' }] } })),
    ).not.toThrow();
  });

  it('on a shared sub-item linked on one of the items that print it only', () => {
    fails(
      curatedWith({ 31: { links: [{ ...STATION, subitem: STATION_SUBITEM }] } }),
      /item 37: prints the sub-item "熊本駅東口駅前広場の整備" as item 31 does, so it needs the same link: "熊本駅新幹線口駅前広場の渋滞解消" \(related\)/,
    );
    // The same target with another strength is not the same link.
    fails(
      curatedWith({
        31: { links: [{ ...STATION, subitem: STATION_SUBITEM }] },
        37: { links: [{ ...STATION, strength: 'successor', subitem: STATION_SUBITEM }] },
      }),
      /item (31|37): prints the sub-item "熊本駅東口駅前広場の整備"/,
    );
  });

  it('on a link that rests on a shared sub-item without naming it', () => {
    fails(
      curatedWith({ 31: { links: [STATION] }, 37: { links: [STATION] } }),
      /item 31: the link to "熊本駅新幹線口駅前広場の渋滞解消" rests on the sub-item "熊本駅東口駅前広場の整備", which items 31, 37 share: name it in "subitem"/,
    );
  });

  it('on a sibling item neither linked to the measure nor excepted', () => {
    fails(
      curatedWith({ 3: { links: [CITY] } }),
      /item 1: its sibling item 3 \(category I-1-1\) is linked to measure 8-3: link it too \("related"\) or add an exception with the reason/,
    );
    const reason = '理由。';
    fails(
      curatedWith({ 3: { links: [CITY] }, 1: { exceptions: [{ measure: '8-3', reason }] } }),
      /item 2: its sibling item 3 \(category I-1-1\) is linked to measure 8-3/,
    );
    expect(() =>
      build(
        curatedWith({
          3: { links: [CITY] },
          1: { exceptions: [{ measure: '8-3', reason }] },
          2: { exceptions: [{ measure: '8-3', reason }] },
        }),
      ),
    ).not.toThrow();
  });

  it('on an exception that explains nothing or contradicts a link', () => {
    fails(
      curatedWith({ 1: { exceptions: [{ measure: '8-3', reason: '理由。' }] } }),
      /item 1: the exception for measure 8-3 explains a link no item of category I-1-1 has: remove it/,
    );
    fails(
      curatedWith({ 3: { links: [CITY], exceptions: [{ measure: '8-3', reason: '理由。' }] } }),
      /item 3: an exception names measure 8-3, which the item is linked to: remove the exception/,
    );
  });

  it('on a rejected target that does not exist or is linked after all', () => {
    fails(
      curatedWith({ 32: { rejected: [{ project: '熊本東環状道路の整備推進', reason: '理由。' }] } }),
      /item 32: no fy2024 project titled "熊本東環状道路の整備推進"/,
    );
    fails(
      curatedWith({
        32: { links: [WEST_RING], rejected: [{ project: '熊本西環状道路の整備推進', reason: '理由。' }] },
      }),
      /item 32: "熊本西環状道路の整備推進" is both linked and rejected: keep one/,
    );
  });
});

describe('the curated crosswalk', () => {
  const curated = CrosswalkCurated.parse(JSON.parse(readFileSync(join(root, FILE), 'utf8')));
  const entries = build(curated);

  it('lists every item once and passes every check of the build', () => {
    expect(entries.map((e) => e.no)).toEqual(Array.from({ length: 130 }, (_, i) => i + 1));
  });

  it('never makes a measure or a vision a successor, and gives every link a note', () => {
    for (const e of entries)
      for (const l of e.links) {
        if (l.kind === 'measure' || l.kind === 'vision') expect(l.strength, `item ${e.no}`).toBe('related');
        expect(l.note.trim().length, `item ${e.no}`).toBeGreaterThan(0);
      }
  });

  it("derives each item's status from its links", () => {
    for (const e of entries)
      expect(e.status).toBe(
        e.links.some((l) => l.strength === 'successor') ? 'successor' : e.links.length ? 'related' : 'none',
      );
  });
});
