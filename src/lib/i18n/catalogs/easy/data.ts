/** The easy catalog: data (keys and arguments as in ../ja/data.ts). */
import type { Mirror } from '../types.ts';
import type { Note, data as ja } from '../ja/data.ts';
import type { RelistedField } from '../../../../schemas/roadmap2013.ts';
import { lineRef, original as o } from '../../../format/marked.ts';

const L = (line: number) => lineRef(line, `${line}行目`);
const FIELD: Record<RelistedField, string> = {
  name: '名前',
  fy2012: '2012年度の予定',
  fy2013: '2013年度の予定',
  progress: '進み具合',
};

/** A budget remark's meaning (its kind, e.g. `fy2023-feb-supplementary-full`). */
function remark(kind: string): string {
  const year = `${/fy(\d{4})/.exec(kind)![1]}年度`;
  if (kind.endsWith('-feb-supplementary-full')) return `${year}の2月の補正予算で、全部をつけました`;
  if (kind.endsWith('-feb-supplementary-partial')) return `${year}の2月の補正予算で、一部をつけました`;
  return `${year}の補正予算の分もふくみます`;
}

export const data = {
  'data.note.titleVariant': (n: Note<'title-variant'>) =>
    `${n.titles.map((t) => `「${o(t.text)}」（${L(t.line)}）`).join('と')}は、お金と説明が同じです。名前だけがちがいます。`,
  'data.resolution.titleVariant': (n: Note<'title-variant'>) =>
    `このサイトでは1つの事業にしました。名前は「${o(n.title)}」です。`,
  'data.note.descriptionVariant': (n: Note<'description-variant'>) =>
    `「${o(n.title)}」の説明が、${L(n.firstLine)}と${L(n.line)}でちがいます。`,
  'data.resolution.descriptionVariant': (n: Note<'description-variant'>) =>
    `はじめの説明（${L(n.firstLine)}）を出しています。ほかの説明ものこしています。`,
  'data.note.noteVariant': (n: Note<'note-variant'>) =>
    `「${o(n.title)}」の予算に「${o(n.budgetNote.text)}」と書いてあります。意味は「${remark(n.budgetNote.kind)}」です。これは${L(n.budgetNote.line)}にだけあります。${n.withoutLines.map(L).join('・')}にはありません。`,
  'data.resolution.noteVariant': 'この書きこみは、事業の全体のものとしています。',
  'data.note.relatedVisionTitle': (n: Note<'related-vision-title'>) =>
    `ビジョン${n.vision}のページに、ビジョン${n.related}の名前があります。そこでは「${o(n.printed)}」です。目次では「${o(n.contents)}」です。`,
  'data.resolution.relatedVisionTitle': '目次の名前を正しいものとしています。',
  'data.note.kanjiDash': (n: Note<'kanji-dash'>) =>
    `「${o(n.title)}」の前の年の予算（${L(n.line)}）は「${o('(一)')}」です。漢字の「一」です。「-」（なし）のまちがいだと思います。`,
  'data.resolution.kanjiDash': '前の年の予算は、なしとしています。書き方は資料のままです。',
  'data.note.asPrinted': (n: Note<'as-printed'>) =>
    `資料には「${o(n.text)}」と書いてあります（${n.lines.map((l) => lineRef(l, String(l))).join('・')}行目）。このサイトの注：${o(n.note)}`,
  'data.resolution.asPrinted': '資料の書き方のままで出しています。',
  'data.note.partTitleVariant': (n: Note<'part-title-variant'>) =>
    `第${n.part}部の名前が2つあります。目次（${L(n.tocLine)}）では「${o(n.title)}」です。${L(n.line)}では「${o(n.printed)}」です。`,
  'data.resolution.partTitleVariant': '目次の名前を正しいものとしています。',
  'data.note.relistingVariant': (n: Note<'relisting-variant'>) =>
    `「${o(n.name)}」は、${'no' in n.relistedIn ? `No.${n.relistedIn.no}` : `番号のない「${o(`${n.relistedIn.kana}. ${n.relistedIn.title}`)}」`}にもう一度のっています（${L(n.line)}）。もとのNo.${n.originalNo}（${L(n.originalLine)}）と、${n.differences.map((d) => FIELD[d.field]).join('と')}がちがいます。${n.differences.map((d) => `${FIELD[d.field]}は、もう一度の方が「${o(d.relisted)}」、もとの方が「${o(d.original)}」です。`).join('')}`,
  'data.resolution.relistingVariant': 'もう一度のっている方も、そのまま出しています。数えるのは、もとの方です。',
  'data.note.spilledCell': (n: Note<'spilled-cell'>) =>
    `No.${n.itemNo}の「${o(n.name)}」（${L(n.line)}）です。2013年度の予定の「${o(n.spilled)}」が、進み具合の欄に入っています。PDFを文字にしたときに、ずれました。`,
  'data.resolution.spilledCell': (n: Note<'spilled-cell'>) => `2013年度の予定は「${o(n.fy2013)}」として出しています。`,
  'data.note.dividedProgress': (n: Note<'divided-progress'>) =>
    `No.${n.itemNo}の${n.subitems.map((s) => `「${o(s.name)}」`).join('と')}は、1つの行（${L(n.line)}）にあります。進み具合の欄も1つです。`,
  'data.resolution.dividedProgress': (n: Note<'divided-progress'>) =>
    `進み具合の文を、ことばを手がかりに分けました。${n.subitems.map((s) => `「${o(s.name)}」は「${o(s.progress)}」です。`).join('')}`,
  'data.note.sharedProgress': (n: Note<'shared-progress'>) =>
    `No.${n.itemNo}の${n.names.map((s) => `「${o(s)}」`).join('と')}は、1つの行（${L(n.line)}）にあります。進み具合を分けることはできません。`,
  'data.resolution.sharedProgress': 'それぞれに、進み具合の文の全部を出しています。',
} satisfies Mirror<typeof ja>;
