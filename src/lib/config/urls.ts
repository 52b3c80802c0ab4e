/**
 * Site paths of records: the permalink scheme documented in the README. Pages and open data both use these. A
 * plan's records live under its registry ID (`/fy2024/…`), so every year keeps its own permanent links.
 */
import { plans } from './plans.ts';
import { publicUrl, siteUrl } from './site.ts';

export const planUrl = (plan: string): string => `/${plan}/`;
export const projectUrl = (plan: string, id: string): string => `/${plan}/projects/${id}/`;
export const visionUrl = (plan: string, number: number): string => `/${plan}/visions/${number}/`;
/** The anchor of a plan's table on the page of the project or vision it belongs to (FyTable.astro). */
export const tableAnchor = (id: string): string => `table-${id}`;
export const priorityUrl = (plan: string, number: number): string => `/${plan}/priorities/${number}/`;
export const wardUrl = (plan: string, id: string): string => `/${plan}/wards/${id}/`;
export const wardsUrl = (plan: string): string => `/${plan}/wards/`;
/** The folders above the records: every one answers with a list of what it holds. */
export const projectsUrl = (plan: string): string => `/${plan}/projects/`;
export const visionsUrl = (plan: string): string => `/${plan}/visions/`;
export const prioritiesUrl = (plan: string): string => `/${plan}/priorities/`;
export const itemsUrl = (): string => '/2013/items/';
export const partsUrl = (): string => '/2013/parts/';
export const categoriesUrl = (): string => '/2013/categories/';
export const sourcesUrl = (): string => '/sources/';
/** A plan's open-data file, e.g. `/data/fy2024/projects.json`. */
export const planDataUrl = (plan: string, file: string): string => `/data/${plan}/${file}`;
export const itemUrl = (no: number): string => `/2013/items/${no}/`;
export const partUrl = (id: string): string => `/2013/parts/${id}/`;
export const categoryUrl = (id: string): string => `/2013/categories/${id}/`;
/** A sub-item's place on its item's page. */
export const subitemUrl = (no: number, id: string): string => `${itemUrl(no)}#s-${id}`;
/**
 * A source document's page, verbatim with numbered lines: `/sources/fy2024/` for a plan (its registry ID),
 * `/sources/2013/` for the 2013 report (ROADMAP_2013_SOURCE in src/lib/data/sources.ts).
 */
export const sourceUrl = (doc: string): string => `/sources/${doc}/`;
/** One line of a source document, e.g. `/sources/fy2024/#L392`: the line the site cites as 392行目. */
export const sourceLineUrl = (doc: string, line: number): string => `${sourceUrl(doc)}#L${line}`;
/** A source document's text file, byte for byte the file the site reads, e.g. `/sources/fy2024.txt`. */
export const sourceTextUrl = (doc: string): string => `/sources/${doc}.txt`;

/**
 * A data-quality note's anchor on /data/quality/: 2013 notes and the first registered plan's keep their bare ID (their
 * published address); a later plan's notes are prefixed with the plan ID, as two plans may hold the same note.
 */
export const qualityNoteAnchor = (document: string, id: string): string =>
  document === '2013' || document === plans[0]!.id ? id : `${document}-${id}`;
export const qualityNoteUrl = (document: string, id: string): string =>
  `/data/quality/#${qualityNoteAnchor(document, id)}`;

/**
 * A site path as open data publishes it: the public URL when the build has the site's public address (SITE_URL, see
 * src/lib/config/site.ts), else the path itself, so a build without the address never writes a host that is not the site's.
 */
export function openDataUrl(path: string, env: Record<string, string | undefined> = process.env): string {
  return publicUrl(path, siteUrl(env));
}
