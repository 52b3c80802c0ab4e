/** The Japanese catalog: data. Keys are `data.…`. */
import type { QualityNote } from '../../../../schemas/action-plan.ts';
import type { RelistedField, RoadmapQualityNote } from '../../../../schemas/roadmap2013.ts';
import { budgetNoteLabel, quoted } from '../../../format/strings.ts';
import { lineRef, original as o } from '../../../format/marked.ts';

/** A data-quality note of one kind (either document's; `as-printed` is both). */
export type Note<K extends string> = Extract<QualityNote | RoadmapQualityNote, { kind: K }>;

// These sentences are the published Japanese notes (the quality page, quality-notes.csv): keep them word for word.
const L = (line: number) => lineRef(line, `${line}行目`);
const q = (text: string) => o(quoted(text));
const FIELD: Record<RelistedField, string> = {
  name: '名称',
  fy2012: '平成24年度の予定',
  fy2013: '平成25年度の予定',
  progress: '進捗状況',
};

export const data = {
  'data.note.titleVariant': (n: Note<'title-variant'>) =>
    `同じ予算額・説明文の事業が、${n.titles.map((t) => `${q(t.text)}（${L(t.line)}）`).join('と')}の異なる名称で掲載されています。`,
  'data.resolution.titleVariant': (n: Note<'title-variant'>) =>
    `同一の事業として扱い、${q(n.title)}を名称としています。`,
  'data.note.descriptionVariant': (n: Note<'description-variant'>) =>
    `${q(n.title)}の説明文が、${L(n.firstLine)}と${L(n.line)}で異なります。`,
  'data.resolution.descriptionVariant': (n: Note<'description-variant'>) =>
    `${L(n.firstLine)}（最初の掲載）の説明文を表示し、各掲載の説明文も残しています。`,
  'data.note.noteVariant': (n: Note<'note-variant'>) =>
    `${q(n.title)}の予算の注記「${o(n.budgetNote.text)}」（${budgetNoteLabel(n.budgetNote.kind)}）は${L(n.budgetNote.line)}の掲載にのみあり、${n.withoutLines.map(L).join('・')}の掲載にはありません。`,
  'data.resolution.noteVariant': '注記は事業全体に付くものとして表示しています。',
  'data.note.relatedVisionTitle': (n: Note<'related-vision-title'>) =>
    `ビジョン${n.vision}の関連するビジョンで、ビジョン${n.related}の名称が「${o(n.printed)}」と記載されています（目次では「${o(n.contents)}」）。`,
  'data.resolution.relatedVisionTitle': '目次の名称を正としています。',
  'data.note.kanjiDash': (n: Note<'kanji-dash'>) =>
    `${q(n.title)}の前年度の予算（${L(n.line)}）は「${o('(一)')}」と記載されています。線（-）の代わりに漢数字の「一」が使われていると思われます。`,
  'data.resolution.kanjiDash': '「(-)」と同じく、前年度の予算がないものとして扱い、表記は原資料のまま表示しています。',
  'data.note.asPrinted': (n: Note<'as-printed'>) =>
    `「${o(n.text)}」と記載されています（${n.lines.map((l) => lineRef(l, String(l))).join('・')}行目）。${o(n.note)}`,
  'data.resolution.asPrinted': '原資料の表記のまま表示しています。',
  'data.note.partTitleVariant': (n: Note<'part-title-variant'>) =>
    `第${n.part}部の名称が、目次（${L(n.tocLine)}）では「${o(n.title)}」、${L(n.line)}では「${o(n.printed)}」と記載されています。`,
  'data.resolution.partTitleVariant': '目次の名称を正としています。',
  'data.note.relistingVariant': (n: Note<'relisting-variant'>) =>
    `${'no' in n.relistedIn ? `No.${n.relistedIn.no}` : `「${o(`${n.relistedIn.kana}. ${n.relistedIn.title}`)}」（番号なし）`}に再掲された${q(n.name)}（${L(n.line)}）は、元のNo.${n.originalNo}（${L(n.originalLine)}）と${n.differences.map((d) => FIELD[d.field]).join('・')}が異なります。${n.differences.map((d) => `${FIELD[d.field]}は、再掲では「${o(d.relisted)}」、元の項目では「${o(d.original)}」です`).join('。')}。`,
  'data.resolution.relistingVariant': '再掲の記載はそのまま表示し、件数と状況は元の項目で数えています。',
  'data.note.spilledCell': (n: Note<'spilled-cell'>) =>
    `No.${n.itemNo}${q(n.name)}（${L(n.line)}）で、平成25年度の欄の「${o(n.spilled)}」が進捗状況の欄の先頭に入っています（PDFからの変換による）。`,
  'data.resolution.spilledCell': (n: Note<'spilled-cell'>) =>
    `平成25年度の欄を「${o(n.fy2013)}」として表示しています。`,
  'data.note.dividedProgress': (n: Note<'divided-progress'>) =>
    `No.${n.itemNo}の${n.subitems.map((s) => `「${o(s.name)}」`).join('と')}は1行（${L(n.line)}）にまとめて記載され、進捗状況の欄も1つです。`,
  'data.resolution.dividedProgress': (n: Note<'divided-progress'>) =>
    `進捗状況の文を、取組の名称・予定と共通する語句によって取組の順に分けて表示しています：${n.subitems.map((s) => `「${o(s.name)}」は「${o(s.progress)}」`).join('、')}。`,
  'data.note.sharedProgress': (n: Note<'shared-progress'>) =>
    `No.${n.itemNo}の${n.names.map(q).join('と')}は1行（${L(n.line)}）にまとめて記載され、進捗状況を取組ごとに分けられません。`,
  'data.resolution.sharedProgress': '進捗状況の全文をそれぞれの取組に表示し、その旨を示しています。',
};
