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
/**
 * A clause ending in a start or an expansion (「…事業開始」「…を拡大」「…人員増」): the work began or grew and nothing
 * says it ended, so it is going on, not done.
 */
const STARTED = /(?:を|に)?(?:開始|拡充|拡大|強化|追加)$|人員増/g;
/**
 * A count of results followed by 済 (「2件助成済」「これまで10企業が立地済」): the tally so far of work that goes on, not
 * the end of it.
 */
const RESULTS_SO_FAR = /\d+(?:件|回|社|企業|人|校|か所|ヶ所|箇所|電停)が?\p{sc=Han}{0,3}済/gu;
/** An application filed (「指定申請手続きを実施済」): the outcome is someone else's decision, still to come. */
const APPLIED = /申請[^\s、。]{0,8}済/gu;
/** Words that say work is being prepared, considered or planned. */
const PREPARING = /(?:検討|準備|調整|協議|審議|抽出|作成|設計|策定|要望)中|予定|募集/g;
/**
 * Words that say something was finished: 〜済 (with the verb before it, so the evidence reads 「設置済」; not 経済, 返済,
 * 決済, 救済), 完了, 施行, 締結, 開所, 開校 — unless a goal follows (「完了に向け」「開校予定」).
 */
const DONE = /(?:\p{sc=Han}{0,2}(?<![経返決救])済|完了|を施行|を締結|開所|開校)(?!に向|予定|見込|の準備)/gu;
/** An action stated as carried on, without 中 (e.g. 「…への支援を実施」「…PRに取り組む」). */
const CONTINUING = /(?:実施|推進|支援|支出|開催|展開|提供|助成|に取り組む)$/g;

/** A match of a rule's words, with the whole clause it stands in (see clauseAround). */
interface Signal {
  word: string;
  quote: string;
}

const OPENING = '（(「';
const CLOSING = '）)」';
const BOUNDARY = '、。';

/**
 * Where the clause around [start, end) of `entry` begins and ends: at the nearest 、 or 。 on each side that stands
 * outside every bracket, or the entry's start and end. A 、 inside brackets (「講座(小中学校9校、派遣事業6団体)を実施」)
 * separates the bracket's items, not clauses; and where the match itself is inside brackets, the clause reaches
 * past the enclosing ones, so a quote never opens or closes a bracket it does not hold.
 */
function clauseBounds(entry: string, start: number, end: number): [number, number] {
  let from = 0;
  for (let i = start - 1, depth = 0; i >= 0; i--) {
    const ch = entry[i]!;
    if (CLOSING.includes(ch)) depth++;
    else if (OPENING.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && BOUNDARY.includes(ch)) {
      from = i + 1;
      break;
    }
  }
  let to = entry.length;
  for (let i = end, depth = 0; i < entry.length; i++) {
    const ch = entry[i]!;
    if (OPENING.includes(ch)) depth++;
    else if (CLOSING.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && BOUNDARY.includes(ch)) {
      to = i;
      break;
    }
  }
  return [from, to];
}

/**
 * A part before a 、 that belongs to the clause after it: an item of a list of nouns that the clause's predicate
 * governs (「埋蔵文化財調査、用地取得、…、跨道橋工事を実施中」), or a phrase that only sets the scene (「平成25年度は、」
 * 「国土交通省において、」). Neither ends in a verb, so the 、 after it is no clause boundary. A part with a predicate of
 * its own (を, が, a verb form, 〜中, 〜済, 完了) ends a clause.
 */
const NOUN_END = /[\p{sc=Han}\p{sc=Katakana}ー\w）)」・]$/u;
/** A predicate's marks: an object, subject or topic particle, a verb form (〜し), 〜中, 〜済, 完了, 予定. */
const PREDICATE = /[をがはし]|(?:中|済|完了|予定)$/;
const SCENE = /^[^はをが。]*(?:は|では|において|について|には)$/;
function belongsToNext(part: string): boolean {
  // The が of 障がい (a word, written so on purpose) is no particle.
  const words = part.replace(/障がい/g, '障害');
  return (NOUN_END.test(words) && !PREDICATE.test(words)) || SCENE.test(words);
}

/**
 * The clause a match stands in, for quoting: from the previous 、 or 。 (or the start of the entry) to the next one
 * (or the end of the entry), neither inside brackets, reaching back over the items of a list the clause ends (see
 * belongsToNext). A quote of the matched words alone can be a fragment (「に取り組む」) that says nothing.
 */
export function clauseAround(entry: string, start: number, end: number): string {
  const [first, to] = clauseBounds(entry, start, end);
  let from = first;
  while (from > 0 && entry[from - 1] === '、') {
    const [before] = clauseBounds(entry, from - 1, from - 1);
    const part = entry.slice(before, from - 1);
    if (!belongsToNext(part)) break;
    from = before;
  }
  return entry.slice(from, to);
}

/** The matches of a pattern in `text`, which starts at `offset` in `entry`. */
const matches = (entry: string, text: string, offset: number, pattern: RegExp): Signal[] =>
  [...text.matchAll(pattern)].map((m) => ({
    word: m[0],
    quote: clauseAround(entry, offset + m.index, offset + m.index + m[0].length),
  }));

interface Decision<S> {
  status: S;
  rule: string;
  evidence: string[];
  /** For each word of the evidence, the clause it stands in. */
  quotes: string[];
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

/**
 * Decides a sub-item's status from its progress text for reading, entry by entry (the report's entries are the lines
 * of its cell that reading.ts found to be boundaries, with the lines wrapped inside a phrase joined).
 */
export function subitemStatus(entries: readonly string[], asOf: AsOf): Decision<SubitemStatus> {
  const signals = {
    cancelled: [] as Signal[],
    ongoing: [] as Signal[],
    started: [] as Signal[],
    results: [] as Signal[],
    applied: [] as Signal[],
    preparing: [] as Signal[],
    done: [] as Signal[],
    continuing: [] as Signal[],
  };
  for (const clause of entries) {
    // What is dated after the as-of date has not happened yet: from that date on, the clause counts as a plan.
    const cut = futureFrom(clause, asOf);
    const past = cut < 0 ? clause : clause.slice(0, cut);
    const future = cut < 0 ? '' : clause.slice(cut);
    signals.cancelled.push(...matches(clause, clause, 0, CANCELLED));
    signals.preparing.push(...matches(clause, clause, 0, PREPARING));
    signals.ongoing.push(...matches(clause, past, 0, ONGOING));
    signals.started.push(...matches(clause, past, 0, STARTED));
    signals.results.push(...matches(clause, past, 0, RESULTS_SO_FAR));
    signals.applied.push(...matches(clause, past, 0, APPLIED));
    signals.done.push(...matches(clause, past, 0, DONE));
    signals.continuing.push(...matches(clause, past, 0, CONTINUING));
    if (future) signals.preparing.push(...matches(clause, future, cut, /^平成\d+年度?(?:\d+月)?/g));
  }
  const { cancelled, ongoing, started, results, applied, preparing, done, continuing } = signals;
  const decide = (status: SubitemStatus, rule: string, found: Signal[]): Decision<SubitemStatus> => ({
    status,
    rule,
    evidence: found.map((f) => f.word),
    quotes: found.map((f) => f.quote),
  });
  if (cancelled.length) return decide('cancelled', 'S1-cancelled', cancelled);
  if (ongoing.length) return decide('in-progress', 'S2-ongoing', ongoing);
  if (started.length) return decide('in-progress', 'S2a-started-or-expanded', started);
  if (results.length) return decide('in-progress', 'S2b-results-so-far', results);
  if (applied.length) return decide('in-progress', 'S2c-applied', applied);
  if (done.length && preparing.length) return decide('in-progress', 'S3-done-and-planned', [...done, ...preparing]);
  if (preparing.length) return decide('preparing', 'S4-preparing', preparing);
  if (done.length) return decide('done', 'S5-done', done);
  if (continuing.length) return decide('in-progress', 'S6-continuing-action', continuing);
  return decide('unknown', 'S7-unknown', []);
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
    quotes: [],
  });
  if (!known.length) return decide('unknown', 'I6-unknown');
  // An item is done only when every sub-item says so: a part done and the rest undecidable is not a whole done.
  const partlyUnknown = known.length < statuses.length && known.every((s) => s === 'done');
  if (partlyUnknown) return decide('unknown', 'I5-done-and-unknown');
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
      '「実施中」「推進中」「運営中」「整備中」「検証中」など、いま行っていることを示す「〜中」や、「着手」「順調に進行」があるものは「実施中」。',
  },
  {
    id: 'S2a-started-or-expanded',
    scope: 'subitem',
    status: 'in-progress',
    description:
      '「〜を開始」「〜を拡大」「〜を拡充」「〜を強化」「〜を追加」「人員増」で終わる文があるものは「実施中」。始めたこと・広げたことは書かれていても、終わったことは書かれていないため、「完了」とはしない。',
  },
  {
    id: 'S2b-results-so-far',
    scope: 'subitem',
    status: 'in-progress',
    description:
      '「平成25年度は2件助成済」「これまで10企業が立地済」のように、件数や回数に「済」が続くものは「実施中」。続いている取組のこれまでの実績で、取組が終わったことを示すものではないため。',
  },
  {
    id: 'S2c-applied',
    scope: 'subitem',
    status: 'in-progress',
    description: '「指定申請手続きを実施済」のように、申請を済ませたものは「実施中」。申請の結果はまだ出ていないため。',
  },
  {
    id: 'S3-done-and-planned',
    scope: 'subitem',
    status: 'in-progress',
    description:
      '終わったことを示す語（「済」「完了」「施行」「締結」「開校」など）と、予定・準備を示す語（「予定」「準備中」「検討中」など）の両方があるもの（一部が済み、残りが予定）は「実施中」。',
  },
  {
    id: 'S4-preparing',
    scope: 'subitem',
    status: 'preparing',
    description:
      '「検討中」「準備中」「調整中」「協議中」「審議中」「設計中」「策定中」「予定」「募集」など、準備・検討の段階を示す語があり、いま行っていることを示す語がないものは「準備・検討中」。時点（平成25年9月末）より後の日付（例：平成25年10月、平成26年度）から後の部分は、終わったことや実施を示す語があっても予定として扱う。',
  },
  {
    id: 'S5-done',
    scope: 'subitem',
    status: 'done',
    description:
      '「設置済」「廃止済」「整備済」「完了」「施行」「締結」「開所」「開校」など、終わったことを示す語だけがあるものは「完了」。「経済」の「済」や、「完了に向け」「開校予定」のように目標を示す言い方は数えない。',
  },
  {
    id: 'S6-continuing-action',
    scope: 'subitem',
    status: 'in-progress',
    description:
      '上のどれにも当たらず、「〜を実施」「〜を支援」「〜を推進」「〜に取り組む」のように取組を続けていることで終わる文があるものは「実施中」。',
  },
  {
    id: 'S7-unknown',
    scope: 'subitem',
    status: 'unknown',
    description: '上のどれにも当たらないもの（件数だけの記載など）は「不明」。',
  },
  {
    id: 'I1-all-same',
    scope: 'item',
    status: null,
    description:
      '「不明」を除く取組の状況がすべて同じなら、その状況。ただし「完了」とするのは、「不明」の取組がないときだけ。',
  },
  {
    id: 'I2-partly-cancelled',
    scope: 'item',
    status: 'partly-cancelled',
    description: '取組の一部が「中止」で、ほかは中止でないなら「一部中止」。',
  },
  {
    id: 'I3-some-in-progress',
    scope: 'item',
    status: 'in-progress',
    description: '「実施中」の取組がある、または「完了」と「準備・検討中」の取組が混在するなら「実施中」。',
  },
  {
    id: 'I4-preparing',
    scope: 'item',
    status: 'preparing',
    description: 'それ以外で「準備・検討中」の取組があるなら「準備・検討中」。',
  },
  {
    id: 'I5-done-and-unknown',
    scope: 'item',
    status: 'unknown',
    description: '一部の取組が「完了」で、残りが「不明」なら「不明」。項目全体が終わったかどうかは分からないため。',
  },
  {
    id: 'I6-unknown',
    scope: 'item',
    status: 'unknown',
    description: 'すべての取組が「不明」なら「不明」。',
  },
  {
    id: 'relisted-only',
    scope: 'item',
    status: null,
    description:
      '自身の取組がなく再掲の取組だけを載せる項目は、再掲された取組の状況から上と同じ規則で決める（データでは規則IDの前に relisted-only: を付ける）。再掲の取組は件数に重ねて数えない。',
  },
];
