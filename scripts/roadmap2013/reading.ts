/**
 * The reading form of the 2013 report's cells. The text conversion replaced every line break inside a table cell
 * with a space, so a space in a cell is either a *wrap* (a line broken inside a phrase because the cell is narrow:
 * 「国連 生命の水 最優秀賞受賞」) or a *boundary* between two entries or sentences (「…事業の推進 また、…」, schedule
 * cells 「ゆうゆうバスの運行開始 新たな…」). Each space is decided by rule from the text on both sides; a space the rule
 * cannot decide needs a decision in the curated file. The verbatim text is kept beside the reading form.
 */
import type { Source } from '../lib/source.ts';
import type { SpaceDecision } from '../../src/schemas/roadmap2013.ts';

export const SPACES_FILE = 'content/curated/roadmap2013.json';

/** What a space in a cell is: joined (a wrap), a boundary between entries, a real space, or for a person to decide. */
export type SpaceKind = 'join' | 'break' | 'keep' | 'undecided';

/** Words that open a new sentence (「また、」「なお、」): what precedes them has ended. */
const SENTENCE_OPENER = /^(?:また|なお|さらに|一方|併せて|あわせて|加えて|その他)、/u;
/**
 * How the report ends an entry: its entries are telegraphic clauses that end in a verbal noun (「…を実施中」「…設置済」
 * 「…事業開始」「…に増員」) or a verb's plain form (「…に取り組む」). A line ending so is an entry's last line.
 */
const CLAUSE_END =
  /(?:中|済|完了|終了|開始|実施|設置|予定|支援|締結|追加|認定|作成|決定|強化|拡充|拡大|充実|増員|提案|委嘱|開校|開催|推進|検証|策定|導入|施行|派遣|取り組む|する|した)$/u;
/** Letters and digits of Latin script: a space between two of them is printed so (「Wi Fi」), never a wrap to join. */
const LATIN = /[A-Za-z0-9]/;

/**
 * Decides a space by the text on its two sides within one cell (`before` ends and `after` starts at the space):
 * 1. between two Latin letters or digits it is a real space and stays;
 * 2. after 。, or before a sentence opener (また、なお、…), it ends a sentence;
 * 3. after 、, or before a closing mark or an opening parenthesis (a note on what precedes), the sentence goes on;
 * 4. inside 「…」 it may belong to a name printed with a space (「桜の馬場 城彩苑」): a person decides;
 * 5. after a clause end (「…実施中」「…開始」), it ends an entry;
 * 6. between two phrases that end alike (「麻生田保育園 中島保育園」), it divides a list;
 * 7. otherwise it is a wrap inside a phrase (「国連 生命の水」).
 */
export function spaceKind(before: string, after: string): SpaceKind {
  const a = before.at(-1) ?? '';
  const b = after[0] ?? '';
  if (LATIN.test(a) && LATIN.test(b)) return 'keep';
  if (a === '。' || SENTENCE_OPENER.test(after)) return 'break';
  if (a === '、' || /^[、。）)」』(（]/u.test(b)) return 'join';
  if (count(before, '「') > count(before, '」')) return 'undecided';
  if (CLAUSE_END.test(before)) return 'break';
  const left = before.split(' ').at(-1)!;
  const right = after.split(' ')[0]!;
  if (left.length >= 3 && right.length >= 3 && left.slice(-2) === right.slice(-2) && !LATIN.test(left.at(-1)!))
    return 'break';
  return 'join';
}

const count = (text: string, ch: string) => text.split(ch).length - 1;

/** Where a cell stands, for the curated decisions and error messages. */
export interface CellPlace {
  item: number;
  field: SpaceDecision['field'];
  line: number;
}

/** The curated decisions, and which of them the parse used (an unused one is stale and fails the build). */
export interface SpaceDecisions {
  decisions: readonly SpaceDecision[];
  used: Set<SpaceDecision>;
}

/**
 * Reads a cell into its entries: wraps joined without a space, boundaries dividing entries, real spaces kept (as an
 * ideographic space where Japanese stands on either side, the way a Japanese name is set). A space the rule leaves
 * undecided takes the curated decision for that text; with no curated file it stays as printed, with one it must be
 * decided there.
 */
export function readCell(src: Source, text: string, place: CellPlace, curated?: SpaceDecisions): string[] {
  const pieces = text.trim().split(/\s+/).filter(Boolean);
  if (!pieces.length) return [];
  const entries: string[] = [];
  let current = pieces[0]!;
  let before = pieces[0]!;
  for (let k = 1; k < pieces.length; k++) {
    const piece = pieces[k]!;
    const after = pieces.slice(k).join(' ');
    let kind = spaceKind(before, after);
    if (kind === 'undecided' && curated) kind = curatedKind(src, before, piece, place, curated);
    if (kind === 'break') {
      entries.push(current);
      current = piece;
    } else if (kind === 'join') current += piece;
    else current += LATIN.test(current.at(-1)!) && LATIN.test(piece[0]!) ? ` ${piece}` : `\u3000${piece}`;
    before += ` ${piece}`;
  }
  entries.push(current);
  return entries;
}

/** The curated decision for an undecided space: the one whose text, as printed, holds the words around it. */
function curatedKind(src: Source, before: string, piece: string, place: CellPlace, curated: SpaceDecisions): SpaceKind {
  const around = `${before.split(' ').at(-1)} ${piece}`;
  const decision = curated.decisions.find(
    (d) => d.item === place.item && d.field === place.field && (d.text.includes(around) || around.includes(d.text)),
  );
  if (!decision)
    src.fail(
      place.line,
      `a decision in ${SPACES_FILE} (spaces) for the space in "${around}" (item ${place.item}, ${place.field}): the rule cannot tell a wrap from a space printed inside 「…」`,
      'none',
    );
  curated.used.add(decision);
  return decision.decision;
}

/** Fails on a curated decision that no cell used: its text is no longer in the report, or the rule now decides it. */
export function checkSpaceDecisions(src: Source, curated: SpaceDecisions): void {
  const stale = curated.decisions.filter((d) => !curated.used.has(d));
  if (stale.length)
    src.fail(
      src.lines.length,
      `an undecided space in a cell for every decision in ${SPACES_FILE} (spaces)`,
      `none for ${stale.map((d) => `"${d.text}" (item ${d.item}, ${d.field})`).join(', ')}`,
    );
}
