/**
 * The status taxonomy of the 2013 roadmap, as rules a reader can check: each sub-item's status comes from words in
 * its progress text, each item's status from its sub-items. The rules are published on the site with their IDs, and
 * every status is stored with the ID of the rule that produced it and the words it matched.
 */
import type { ItemStatus, StatusRule, SubitemStatus } from '../../src/schemas/roadmap2013.ts';

/** Words that say something was cancelled. */
const CANCELLED = /中止/g;
/** Words that say work is going on now. */
const ONGOING =
  /(?:実施|推進|運営|運用|展開|支援|活用|参画|提供|開催|取り組み|取組み|促進|対応|運行|支出|派遣|整備|検証|建設|作業|発信|活動|交渉)中|順調に進行|着実に進捗|に着手|着手され/g;
/** Words that say work is being prepared, considered or planned. */
const PREPARING = /(?:検討|準備|調整|協議|審議|抽出|作成|設計|策定|要望)中|予定|募集/g;
/** Words that say something was completed: 済, 完了 … anywhere, or a clause ending in a completed change. */
const DONE = /済|完了|を施行|を締結|開所|開校|人員増|(?:を|に)?(?:拡充|拡大|強化|整備|追加)$|開始$/g;
/** An action stated as carried on, without 中 (e.g. 「…への支援を実施」). */
const CONTINUING = /(?:実施|推進|支援|支出|開催|展開|提供|助成)$/g;

const matches = (text: string, pattern: RegExp): string[] => [...text.matchAll(pattern)].map((m) => m[0]);

interface Decision<S> {
  status: S;
  rule: string;
  evidence: string[];
}

/** The as-of date of the report: a clause dated after it describes a plan, whatever its verb says. */
export interface AsOf {
  /** Heisei year (平成25年 → 25). */
  heiseiYear: number;
  month: number;
}

/** Where in the clause the first date after the as-of date (平成25年10月…, 平成26年度…) stands, or -1. */
function futureFrom(clause: string, asOf: AsOf): number {
  for (const m of clause.matchAll(/平成(\d+)年(度)?(?:(\d+)月)?/g)) {
    const year = Number(m[1]);
    if (year > asOf.heiseiYear || (year === asOf.heiseiYear && !m[2] && m[3] && Number(m[3]) > asOf.month))
      return m.index;
  }
  return -1;
}

/** Decides a sub-item's status from its progress text, clause by clause (the report separates clauses by spaces). */
export function subitemStatus(progress: string, asOf: AsOf): Decision<SubitemStatus> {
  const clauses = progress.split(/\s+/).filter(Boolean);
  const signals = {
    cancelled: [] as string[],
    ongoing: [] as string[],
    preparing: [] as string[],
    done: [] as string[],
    continuing: [] as string[],
  };
  for (const clause of clauses) {
    // What is dated after the as-of date has not happened yet: from that date on, the clause counts as a plan.
    const cut = futureFrom(clause, asOf);
    const past = cut < 0 ? clause : clause.slice(0, cut);
    const future = cut < 0 ? '' : clause.slice(cut);
    signals.cancelled.push(...matches(clause, CANCELLED));
    signals.preparing.push(...matches(clause, PREPARING));
    signals.ongoing.push(...matches(past, ONGOING));
    signals.done.push(...matches(past, DONE));
    signals.continuing.push(...matches(past, CONTINUING));
    if (future) signals.preparing.push(/^平成\d+年度?(?:\d+月)?/.exec(future)![0]);
  }
  const { cancelled, ongoing, preparing, done, continuing } = signals;
  if (cancelled.length) return { status: 'cancelled', rule: 'S1-cancelled', evidence: cancelled };
  if (ongoing.length) return { status: 'in-progress', rule: 'S2-ongoing', evidence: ongoing };
  if (done.length && preparing.length)
    return { status: 'in-progress', rule: 'S3-done-and-planned', evidence: [...done, ...preparing] };
  if (preparing.length) return { status: 'preparing', rule: 'S4-preparing', evidence: preparing };
  if (done.length) return { status: 'done', rule: 'S5-done', evidence: done };
  if (continuing.length) return { status: 'in-progress', rule: 'S6-continuing-action', evidence: continuing };
  return { status: 'unknown', rule: 'S7-unknown', evidence: [] };
}

/** Decides an item's status from the statuses of its own sub-items (re-listings only if it has nothing else). */
export function itemStatus(own: SubitemStatus[], relisted: SubitemStatus[]): Decision<ItemStatus> {
  const statuses = own.length ? own : relisted;
  const rulePrefix = own.length ? '' : 'relisted-only:';
  const known = statuses.filter((s) => s !== 'unknown');
  const decide = (status: ItemStatus, rule: string): Decision<ItemStatus> => ({
    status,
    rule: `${rulePrefix}${rule}`,
    evidence: [],
  });
  if (!known.length) return decide('unknown', 'I6-unknown');
  if (known.every((s) => s === known[0])) return decide(known[0]!, 'I1-all-same');
  if (known.includes('cancelled')) return decide('partly-cancelled', 'I2-partly-cancelled');
  if (known.includes('in-progress') || (known.includes('done') && known.includes('preparing')))
    return decide('in-progress', 'I3-some-in-progress');
  return decide('preparing', 'I4-preparing');
}

/** The published taxonomy: every rule above, in the order it is applied, described in Japanese. */
export const STATUS_RULES: StatusRule[] = [
  {
    id: 'S1-cancelled',
    scope: 'subitem',
    status: 'cancelled',
    description: '進捗状況に「中止」とあるものは「中止」。',
  },
  {
    id: 'S2-ongoing',
    scope: 'subitem',
    status: 'in-progress',
    description:
      '「実施中」「推進中」「運営中」「運用中」「展開中」「支援中」「整備中」「検証中」など、いま行っていることを示す「〜中」や「着手」「順調に進行」があるものは「実施中」。',
  },
  {
    id: 'S3-done-and-planned',
    scope: 'subitem',
    status: 'in-progress',
    description:
      '完了を示す語(「済」「完了」「施行」「締結」「開始」など)と、予定・準備を示す語(「予定」「準備中」「検討中」など)の両方があるもの(一部が済み、残りを予定)は「実施中」。',
  },
  {
    id: 'S4-preparing',
    scope: 'subitem',
    status: 'preparing',
    description:
      '「検討中」「準備中」「調整中」「協議中」「審議中」「設計中」「策定中」「予定」「募集」など、準備・検討段階を示す語があり、いま行っていることを示す語がないものは「準備・検討中」。時点(平成25年9月末)より後の日付(例: 平成25年10月、平成26年度)から後の部分は、完了や実施を示す語があっても予定として扱う。',
  },
  {
    id: 'S5-done',
    scope: 'subitem',
    status: 'done',
    description:
      '「設置済」「完了」「施行」「締結」「開校」や、文末の「〜を開始」「〜を拡大」「〜を強化」「〜を整備」など、完了を示す語だけがあるものは「完了」。',
  },
  {
    id: 'S6-continuing-action',
    scope: 'subitem',
    status: 'in-progress',
    description:
      '上のどれにも当たらず、「〜を実施」「〜を支援」「〜を推進」のように取組を続けていることで終わるものは「実施中」。',
  },
  {
    id: 'S7-unknown',
    scope: 'subitem',
    status: 'unknown',
    description: '上のどれにも当たらないもの(件数だけの記載など)は「不明」。',
  },
  {
    id: 'I1-all-same',
    scope: 'item',
    status: null,
    description: '項目の状況: 「不明」以外の取組の状況がすべて同じなら、その状況。',
  },
  {
    id: 'I2-partly-cancelled',
    scope: 'item',
    status: 'partly-cancelled',
    description: '項目の状況: 取組の一部が「中止」で、ほかは中止でないなら「一部中止」。',
  },
  {
    id: 'I3-some-in-progress',
    scope: 'item',
    status: 'in-progress',
    description: '項目の状況: 「実施中」の取組がある、または「完了」と「準備・検討中」が混在するなら「実施中」。',
  },
  {
    id: 'I4-preparing',
    scope: 'item',
    status: 'preparing',
    description: '項目の状況: それ以外で「準備・検討中」の取組があるなら「準備・検討中」。',
  },
  {
    id: 'I6-unknown',
    scope: 'item',
    status: 'unknown',
    description: '項目の状況: すべての取組が「不明」なら「不明」。',
  },
  {
    id: 'relisted-only',
    scope: 'item',
    status: null,
    description:
      '項目の状況: 自身の取組がなく再掲の取組だけを載せる項目は、再掲された取組の状況から上と同じ規則で決める(規則IDの前に「relisted-only:」を付ける)。再掲の取組は件数に重ねて数えない。',
  },
];
