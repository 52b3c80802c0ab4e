/** The en catalog: common (keys and arguments as in ../ja/common.ts). */
import type { Mirror } from '../types.ts';
import type { common as ja } from '../ja/common.ts';

export const common = {
  'common.scrollHint': 'Scroll sideways to see the whole table',
  'common.rank': 'Rank',
  'common.sep': ', ',
  'common.openParen': ' (',
  'common.closeParen': ')',
  'common.quoted': (title: string) => `“${title}”`,
  'common.line': (n: number) => `line ${n}`,
  'common.lineRange': (from: number, to: number) => `lines ${from}–${to}`,
  'common.lineSep': ', ',
  'common.sourceLines': 'Source:',
  'common.chartData': 'Chart data (table)',
  'common.chartDataCaption': (title: string) => `${title} (data)`,
  'common.cite': 'Cite',
  'common.citeTail': (site: string, url: string, version: string, date: string | null) =>
    `). ${site}, ${url} (data version ${version}${date ? `, ${date}` : ''})`,
  'common.permalink': 'Permanent link: ',
  'common.thisData': 'This record as data (JSON)',
  'common.listSort': 'Sort',
  'common.listAll': 'All',
  'common.listReset': 'Clear choices',
  'common.listCount': '{count} shown',
  'common.listCountTotal': '{count} shown, {total} in total',
  'common.listChosen': 'Showing only: {labels}',
  'common.listQuote': '“{label}”',
  'common.listSep': ', ',
  'common.listWiden': 'Remove “{value}” ({count} shown then)',
  'common.listDownload': 'Download the list shown ({count}) as CSV',
  'common.downloads': 'Downloads',
  'common.downloadCsv': 'Data (CSV)',
  'common.downloadSvg': 'Image (SVG)',
  'common.downloadPng': 'Image (PNG)',
  'common.csvThousandYen': (head: string) => `${head} (¥ thousand)`,
  'common.allData': 'Download all the data',
} satisfies Mirror<typeof ja>;
