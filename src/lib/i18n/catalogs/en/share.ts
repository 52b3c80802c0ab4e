/** The English catalog: share images (keys and arguments as in ../ja/share.ts). */
import type { Mirror } from '../types.ts';
import type { share as ja } from '../ja/share.ts';
import type { CardText, StatusCount } from '../../share.ts';

export const share = {
  'share.unofficial': 'Unofficial',
  'share.alt': (c: CardText) =>
    `${c.title}${c.context ? ` (${c.context})` : ''}.${c.figure ? ` ${c.figureLabel}: ${c.figure}.` : ''} ${c.siteName} (${c.unofficial.toLowerCase()})`,
  'share.projects': (n: number) => `${n} projects`,
  'share.listedTotal': (budget: string) => `${budget}, total of the listed projects`,
  'share.projectsLabel': 'Projects listed',
  'share.items': (n: number) => `${n} items`,
  'share.itemsLabel': 'Items',
  'share.itemsByStatus': "Items (statuses: this site's reading)",
  'share.status': "Status (this site's reading)",
  'share.statusCounts': (counts: StatusCount[]) => counts.map((c) => `${c.label} ${c.n}`).join(', '),
} satisfies Mirror<typeof ja>;
