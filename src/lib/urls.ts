/**
 * Site paths of records: the permalink scheme documented in the README. Pages and open data both use these. A
 * plan's records live under its registry ID (`/fy2024/…`), so every year keeps its own permanent links.
 */

export const planUrl = (plan: string): string => `/${plan}/`;
export const projectUrl = (plan: string, id: string): string => `/${plan}/projects/${id}/`;
export const visionUrl = (plan: string, number: number): string => `/${plan}/visions/${number}/`;
export const priorityUrl = (plan: string, number: number): string => `/${plan}/priorities/${number}/`;
export const wardUrl = (plan: string, id: string): string => `/${plan}/wards/${id}/`;
export const wardsUrl = (plan: string): string => `/${plan}/wards/`;
/** A plan's open-data file, e.g. `/data/fy2024/projects.json`. */
export const planDataUrl = (plan: string, file: string): string => `/data/${plan}/${file}`;
export const itemUrl = (no: number): string => `/2013/items/${no}/`;
export const partUrl = (id: string): string => `/2013/parts/${id}/`;
export const categoryUrl = (id: string): string => `/2013/categories/${id}/`;
/** A sub-item's place on its item's page. */
export const subitemUrl = (no: number, id: string): string => `${itemUrl(no)}#s-${id}`;

/**
 * A site path as open data publishes it: an absolute URL when the build knows the site's public address (SITE_URL,
 * read at build time as astro.config.mjs reads it), else the path itself, so a build without the address never
 * writes a host that is not the site's.
 */
export function openDataUrl(path: string, env: Record<string, string | undefined> = process.env): string {
  const site = env['SITE_URL']?.trim();
  return site ? new URL(path, site).href : path;
}
