/** The curated 2013 → FY2024 crosswalk and the checks the data build makes on it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCrosswalk } from '../../scripts/crosswalk/build.ts';
import { parseRoadmap2013 } from '../../scripts/roadmap2013/parse.ts';
import { CrosswalkCurated } from '../../src/schemas/crosswalk.ts';
import { ROADMAP2013_FILE, fy2024Text, parseFy2024Text, roadmap2013Text, root } from './helpers.ts';

const fy = parseFy2024Text(fy2024Text);
const roadmap = parseRoadmap2013(ROADMAP2013_FILE, roadmap2013Text);
const CROSSWALK_FILE = 'content/curated/crosswalk-2013-2024.json';
const curated = CrosswalkCurated.parse(JSON.parse(readFileSync(join(root, CROSSWALK_FILE), 'utf8')));
const clone = () => structuredClone(curated);

describe('crosswalk', () => {
  it('covers every item once, linked or explicitly not', () => {
    const entries = buildCrosswalk(CROSSWALK_FILE, curated, fy, roadmap);
    expect(entries.map((e) => e.no)).toEqual(Array.from({ length: 130 }, (_, i) => i + 1));
    for (const e of entries) expect(e.status).toBe(e.successors.length ? 'linked' : 'none');
  });

  it('links the examples named in the sources', () => {
    const byNo = new Map(buildCrosswalk(CROSSWALK_FILE, curated, fy, roadmap).map((e) => [e.no, e]));
    // 熊本西環状線の整備 (2013 line 115) → 熊本西環状道路の整備推進 (FY2024 line 1247).
    expect(byNo.get(32)!.successors.map((s) => s.title)).toEqual(['熊本西環状道路の整備推進']);
    // 1区1消防署体制 (line 199) → 西消防署の移転による1区1署体制の確立 (line 754).
    expect(byNo.get(54)!.successors.map((s) => s.title)).toEqual(['西消防署の移転による1区1署体制の確立']);
    // MICEの推進 (line 161) → 戦略的なMICE誘致活動の推進 (line 614).
    expect(byNo.get(44)!.successors[0]).toMatchObject({
      kind: 'project',
      title: '戦略的なMICE誘致活動の推進',
      shared: 'MICE',
    });
    expect(byNo.get(13)!.successors[0]).toMatchObject({ kind: 'measure', id: '8-1', url: '/fy2024/visions/8/' });
  });

  it('fails when the quoted wording is not in both texts', () => {
    const bad = clone();
    bad.items.find((i) => i.no === 32)!.successors[0]!.shared = '熊本東環状';
    expect(() => buildCrosswalk(CROSSWALK_FILE, bad, fy, roadmap)).toThrow(
      /item 32: the shared wording "熊本東環状" does not occur in the 2013 item/,
    );
  });

  it('fails on a missing item, a duplicate or an unknown successor', () => {
    const missing = clone();
    missing.items = missing.items.filter((i) => i.no !== 77);
    expect(() => buildCrosswalk(CROSSWALK_FILE, missing, fy, roadmap)).toThrow(/item 77 is missing/);
    const twice = clone();
    twice.items.push({ no: 5, successors: [] });
    expect(() => buildCrosswalk(CROSSWALK_FILE, twice, fy, roadmap)).toThrow(/item 5 is listed twice/);
    const unknown = clone();
    unknown.items.find((i) => i.no === 32)!.successors[0]!.project = '熊本東環状道路の整備推進';
    expect(() => buildCrosswalk(CROSSWALK_FILE, unknown, fy, roadmap)).toThrow(/no fy2024 project titled/);
  });
});
