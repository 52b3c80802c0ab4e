/** Reading the built site in dist/: its pages, their links and ids, and the sitemap's paths. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { distFiles, sitePages, sitePath } from '../../scripts/lib/dist.ts';
import { siteUrl } from '../../src/lib/config/site.ts';
import { variantDist } from '../../scripts/build-variant.ts';

/** A built site's folder; fails at once, naming the command that builds it, when it holds no site. */
export function built(dir: string, command: string): string {
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`${dir} holds no built site: build it with \`${command}\` (\`npm run build:test\` builds both)`);
  return dir;
}

/** The default build. */
export const dist = built(join(import.meta.dirname, '..', '..', 'dist'), 'npm run build');
/** The variant build (scripts/build-variant.ts: the public address, the FY2025 fixture, markup in a title). */
export const variantSite = built(variantDist, 'npm run build:variant');

/** The variant build's project whose title carries markup (scripts/build-variant.ts), as its open data lists it. */
export function payloadProject(): { id: string; title: string } | undefined {
  const projects = JSON.parse(readFileSync(join(variantSite, 'data/fy2024/projects.json'), 'utf8')) as Array<{
    id: string;
    title: string;
  }>;
  return projects.find((p) => p.title.includes('<script>'));
}

/**
 * The public address dist/ was built for, if any: the gate builds it (`npm run build`) with this process's
 * environment, so SITE_URL here is SITE_URL there. Usually unset: then no page names an absolute URL to the site.
 */
export const builtSite: URL | undefined = siteUrl();

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

/**
 * The site's pages: the paths the sitemap lists (scripts/lib/dist.ts sitePages), read from dist/ itself, since only a
 * build with the public address writes sitemap.xml (tests/e2e/deploy.spec.ts checks that it lists exactly these).
 */
export function sitemapPaths(): string[] {
  return sitePages(dist);
}
