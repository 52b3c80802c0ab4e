/**
 * The source documents the site publishes at /sources/<id>/: every registered plan's (under its registry ID, so a
 * new year's plan gets its page from the registry alone) and the 2013 report. What a page says about a document —
 * title, date, publisher, line count, SHA-256 — is the parsers' record of it (`plan.json`, `roadmap.json`), never
 * typed into the page.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// The parsers' own line splitting, so that line N on the page is line N wherever the site cites one.
import { splitLines } from '../format/source-lines.ts';
import { loadPlans, loadRoadmap2013 } from './collections.ts';
import { planNavLabel } from '../format/strings.ts';
import { planUrl } from '../config/urls.ts';

/** The source page ID of the 2013 report, as in `/sources/2013/`. */
export const ROADMAP_2013_SOURCE = '2013';

export interface SourceDocument {
  /** The page's ID: a plan's registry ID (`fy2024`) or `2013`. */
  id: string;
  /** The title as printed. */
  title: string;
  /** The as-of date as printed, for a progress report (平成25年9月末時点). */
  asOf?: string;
  /** Date of publication as printed, and its line. */
  published: { text: string; line: number };
  /** The publisher as printed in the contact block, and its line. */
  publisher: { text: string; line: number };
  /** The file, its line count and the SHA-256 of its text, as the parser recorded them. */
  source: { file: string; lines: number; sha256: string };
  /** The overview page the document belongs to (the breadcrumb above the source page). */
  home: { label: string; href: string };
}

let documents: Promise<SourceDocument[]> | undefined;

/** Every published source document: the plans in registry order, then the 2013 report. */
export function loadSourceDocuments(): Promise<SourceDocument[]> {
  documents ??= (async () => {
    const plans = (await loadPlans()).map(({ entry, plan }): SourceDocument => ({
      id: entry.id,
      title: plan.title,
      published: { text: plan.published.text, line: plan.published.line },
      publisher: {
        text: `${plan.contact.organisation} ${plan.contact.department}`,
        line: plan.contact.line,
      },
      source: plan.source,
      home: { label: planNavLabel(entry), href: planUrl(entry.id) },
    }));
    const { roadmap } = await loadRoadmap2013();
    return [
      ...plans,
      {
        id: ROADMAP_2013_SOURCE,
        title: roadmap.title,
        asOf: roadmap.asOf.text.replace(/^\((.*)\)$/, '$1'),
        published: { text: roadmap.published.text, line: roadmap.published.line },
        publisher: { text: roadmap.contact.organisation, line: roadmap.contact.line },
        source: roadmap.source,
        home: { label: '2013年の行程表', href: '/2013/' },
      },
    ];
  })();
  return documents;
}

/**
 * The bytes of a document's file, checked against the parser's record: a file replaced without `npm run data`
 * fails the build here instead of publishing a text whose line numbers the data does not match.
 */
export function sourceBytes(doc: SourceDocument): Buffer {
  const bytes = readFileSync(join(process.cwd(), doc.source.file));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== doc.source.sha256)
    throw new Error(
      `${doc.source.file}: SHA-256 ${sha256}, but the data was parsed from ${doc.source.sha256}; run \`npm run data\``,
    );
  return bytes;
}

/** A document's lines as printed, numbered from 1 exactly as the parsers number them. */
export function sourceLines(doc: SourceDocument): string[] {
  const lines = splitLines(sourceBytes(doc).toString('utf8'));
  if (lines.length !== doc.source.lines)
    throw new Error(`${doc.source.file}: ${lines.length} lines, but the data counts ${doc.source.lines}`);
  return lines;
}
