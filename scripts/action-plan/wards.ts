/**
 * The ward part of the action plan (区における自主自立のまちづくり): the aim, the four support policies, each ward's
 * box (slogan and vision), the budget frame, and the ward project pages, whose listings the ward labels
 * (中央区, 東区 …) printed above them assign to wards.
 */
import type { Line, Source } from '../lib/source.ts';
import type { SectionKey, SourceText } from '../../src/schemas/action-plan.ts';
import { classifyBlocks, cleanCell, readProjectArea } from './blocks.ts';
import type { Listing, ProjectArea } from './blocks.ts';
import { Cursor, requireLine } from './cursor.ts';
import { WARDS } from './model.ts';
import type { Placed } from './model.ts';

/** Reads lines `from`..`to` of the ward part, up to the contact block. */
export function parseWards(src: Source, from: number, to: number) {
  const aimHead = requireLine(src, (t) => /^●\s*めざすまちづくり$/.test(t), from, 'the heading ● めざすまちづくり', to);
  const aimLine = new Cursor(src, aimHead.no + 1, to).next('the paragraph under ● めざすまちづくり');
  const aim = { text: aimLine.text.replace(/^-\s*/, ''), line: aimLine.no };
  const { policyLine, policies } = wardPolicies(src, from, to);
  const secondHead = requireLine(
    src,
    (t) => t === '区における自主自立のまちづくり',
    policyLine.no + 1,
    'the heading of the ward project pages 区における自主自立のまちづくり',
    to,
  );
  const boxes = wardBoxes(src, policyLine.no, secondHead.no);
  const frame = wardFrame(src, secondHead.no, to);
  const area = readProjectArea(
    src,
    classifyBlocks(src, secondHead.no + 1, to, () => false),
  );
  const { labelBlocks, wardOf } = assignWards(src, area, secondHead.no);
  // Ward labels and the budget frame are read above; they are not captions.
  const read = new Set([
    ...labelBlocks.flatMap((b) => area.blocks[b]!.lines.map((l) => l.no)),
    frame.line - 1,
    frame.line,
    frame.line + 1,
    frame.line + 2,
  ]);
  const placed: Placed[] = area.listings.map((listing) => ({
    section: `ward-${wardOf.get(listing)!.id}` as SectionKey,
    group: null,
    listing,
    previousBudget: null,
  }));
  return { aim, policies, policiesLine: policyLine.no, frame, boxes, wardOf, area, read, placed };
}

/** The table of まちづくり支援の方針: its four cells, cleaned. */
function wardPolicies(src: Source, from: number, to: number): { policyLine: Line; policies: string[] } {
  const policyLine = requireLine(
    src,
    (t) => t.includes('まちづくり支援の方針') && t.includes('<table'),
    from,
    'the table of まちづくり支援の方針',
    to,
  );
  const tableHtml = /<table[\s\S]*?<\/table>/.exec(policyLine.text)![0];
  const policies = [...tableHtml.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => cleanCell(m[1]!));
  if (policies.length !== 4) src.fail(policyLine.no, 'four まちづくり支援の方針 cells', `${policies.length}`);
  return { policyLine, policies };
}

/** The five ward boxes (<h3>slogan</h3> <ul …>● vision) in the HTML fragments of lines `from` to before `to`. */
function wardBoxes(src: Source, from: number, to: number): Map<string, { slogan: SourceText; vision: SourceText }> {
  const boxes = new Map<string, { slogan: SourceText; vision: SourceText }>();
  for (let no = from; no < to; no++) {
    for (const m of src.line(no).text.matchAll(/<h3>([\s\S]*?)<\/h3>\s*<ul[^>]*>\s*●\s*([^\t<]+)/g)) {
      const slogan = m[1]!.trim();
      const names = WARDS.slice(0, 5).filter((w) => slogan.includes(w.name));
      if (names.length !== 1) src.fail(no, 'a ward box whose heading names one ward', `"${slogan}"`);
      if (boxes.has(names[0]!.id)) src.fail(no, `one box for ${names[0]!.name}`, 'a second one');
      boxes.set(names[0]!.id, { slogan: { text: slogan, line: no }, vision: { text: m[2]!.trim(), line: no } });
    }
  }
  for (const w of WARDS.slice(0, 5)) if (!boxes.has(w.id)) src.fail(to, `the box of ${w.name} (<h3>…</h3>)`, 'none');
  return boxes;
}

/** The budget frame 各区N百万円 / 共通N百万円 / 計N億円 (in 千円), whose parts must add up to the total. */
function wardFrame(src: Source, from: number, to: number) {
  const frameLine = requireLine(src, (t) => /^各区(\d+)百万円$/.test(t), from, 'the budget frame 各区N百万円', to);
  const perWard = Number(/^各区(\d+)百万円$/.exec(frameLine.text)![1]) * 1000;
  const commonLine = new Cursor(src, frameLine.no + 1, to).expect(
    /^共通(\d+)百万円$/,
    'the common budget frame 共通N百万円',
  );
  const totalLine = new Cursor(src, frameLine.no + 2, to).expect(/^計(\d+)億円$/, 'the total frame 計N億円');
  const common = Number(commonLine[1]) * 1000;
  const total = Number(totalLine[1]) * 100000;
  if (perWard * 5 + common !== total)
    src.fail(frameLine.no, `a total frame equal to 5 × ${perWard} + ${common} 千円`, `${total} 千円`);
  return { perWardThousandYen: perWard, commonThousandYen: common, totalThousandYen: total, line: frameLine.no };
}

/** The ward of each listing: a block of ward labels heads an equal share of the listings up to the next such block. */
function assignWards(src: Source, area: ProjectArea, headLine: number) {
  const names = new Set<string>(WARDS.map((w) => w.name));
  const labelBlocks = area.unclaimed.filter((i) => area.blocks[i]!.lines.every((l) => names.has(l.text)));
  if (!labelBlocks.length) src.fail(headLine, 'ward labels (中央区, 東区 …) heading the ward projects', 'none');
  const wardOf = new Map<Listing, { id: string; labelLine: number }>();
  labelBlocks.forEach((b, k) => {
    const labels = area.blocks[b]!.lines;
    const next = labelBlocks[k + 1] ?? Infinity;
    const listings = area.listings.filter((l) => l.firstBlock > b && l.firstBlock < next);
    if (listings.length === 0 || listings.length % labels.length !== 0) {
      src.fail(
        labels[0]!.no,
        `an equal number of projects for each of the ${labels.length} ward labels here`,
        `${listings.length} projects`,
      );
    }
    const per = listings.length / labels.length;
    listings.forEach((l, j) => {
      const label = labels[Math.floor(j / per)]!;
      wardOf.set(l, { id: WARDS.find((w) => w.name === label.text)!.id, labelLine: label.no });
    });
  });
  const first = area.listings.find((l) => !wardOf.has(l));
  if (first) src.fail(first.title.no, 'a ward label (中央区, 東区 …) before this ward project', 'none');
  return { labelBlocks, wardOf };
}
