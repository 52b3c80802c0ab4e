/** Reading the built site in dist/: its pages, their links and ids, and the sitemap's paths. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { distFiles, sitePath } from '../../scripts/lib/dist.ts';

export const dist = join(import.meta.dirname, '..', '..', 'dist');

/** Every HTML file under dist/, as site paths (`/fy2024/` for dist/fy2024/index.html). */
export function htmlPages(): string[] {
  return distFiles(dist, { ext: '.html' }).map(sitePath);
}

/** The file a site path is served from, or undefined. */
export function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  const candidates = clean.endsWith('/')
    ? [join(dist, clean, 'index.html')]
    : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

export const read = (path: string): string => readFileSync(fileFor(path)!, 'utf8');

/** Internal link targets (href="/…") of a page, without duplicates. */
export function links(html: string): string[] {
  return [...new Set([...html.matchAll(/href="(\/[^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')))];
}

/** Element ids of a page. */
export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/** Paths listed in dist/sitemap.xml. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}
