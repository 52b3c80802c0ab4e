/** The やさしい日本語 catalog: share images (keys and arguments as in ../ja/share.ts). */
import type { Mirror } from '../types.ts';
import type { share as ja } from '../ja/share.ts';
import type { CardText, StatusCount } from '../../share.ts';

export const share = {
  'share.unofficial': '非公式',
  'share.alt': (c: CardText) =>
    `${c.title}${c.context ? `（${c.context}）` : ''}。${c.figure ? `${c.figureLabel}：${c.figure}。` : ''}${c.siteName}（${c.unofficial}）`,
  'share.projects': (n: number) => `${n}こ`,
  'share.listedTotal': (budget: string) => `のっている事業の${budget}の合計`,
  'share.projectsLabel': '事業の数',
  'share.items': (n: number) => `${n}こ`,
  'share.itemsLabel': '項目の数',
  'share.itemsByStatus': '項目の数（ようすは、このサイトが分けました）',
  'share.status': 'ようす（このサイトが分けました）',
  'share.statusCounts': (counts: StatusCount[]) => counts.map((c) => `${c.label}${c.n}こ`).join('、'),
} satisfies Mirror<typeof ja>;
