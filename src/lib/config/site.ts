/**
 * The site's public address: the one setting that decides whether a build writes absolute URLs. astro.config.mjs
 * hands it to Astro as `site`, and scripts/write-sitemap.ts reads it for the sitemap and robots.txt. Without it a
 * build writes no absolute URL to the site at all (no canonical, no og:url, no sitemap, citations with the path only),
 * so a build made for testing or a preview can never publish someone else's host, or localhost, as a permalink.
 */

/** The environment variable that holds the public address, e.g. `SITE_URL=https://example.jp npm run build`. */
export const SITE_URL_VARIABLE = 'SITE_URL';

/**
 * The public address from the environment, or undefined when it is unset or empty (`SITE_URL= npm run build` unsets
 * it). Throws, saying what is wrong, on anything but an http(s) origin: every link on the site is root-relative
 * (`/fy2024/…`), so the site must be served at the root of its host and the address cannot carry a path.
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): URL | undefined {
  const value = env[SITE_URL_VARIABLE]?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `${SITE_URL_VARIABLE}="${value}" is not an absolute URL; give the public address, e.g. https://example.jp`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`${SITE_URL_VARIABLE}="${value}" must start with https:// (or http://)`);
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password)
    throw new Error(
      `${SITE_URL_VARIABLE}="${value}" must be the host's root (e.g. ${url.origin}): the site's links start at /, so it cannot be served under a path`,
    );
  if (/^(localhost|127\.|\[::1\])/.test(url.hostname))
    throw new Error(`${SITE_URL_VARIABLE}="${value}" is a local address; leave it unset for a local build`);
  return url;
}

/** A site path as the public URL when the address is known, else the path itself (never another host). */
export const publicUrl = (path: string, site: URL | undefined): string => (site ? new URL(path, site).href : path);
