/** The Japanese catalog: the share images (og:image) pages make, and their text alternative. */
import type { CardText, StatusCount } from '../../share.ts';

export const share = {
  'share.unofficial': '非公式',
  /** The card's text in one sentence, for og:image:alt: what a screen reader says where a preview shows the image. */
  'share.alt': (c: CardText) =>
    `${c.title}${c.context ? `（${c.context}）` : ''}。${c.figure ? `${c.figureLabel}：${c.figure}。` : ''}${c.siteName}（${c.unofficial}）`,
  'share.projects': (n: number) => `${n}事業`,
  'share.listedTotal': (budget: string) => `掲載事業の${budget}の合計`,
  'share.projectsLabel': '掲載された事業',
  'share.items': (n: number) => `${n}項目`,
  'share.itemsLabel': '項目',
  'share.itemsByStatus': '項目（状況はこのサイトによる分類）',
  'share.status': '状況（このサイトによる分類）',
  'share.statusCounts': (counts: StatusCount[]) => counts.map((c) => `${c.label}${c.n}`).join('、'),
};
