/**
 * The site's editions: the Japanese original, やさしい日本語 (`easy`) and English (`en`). Every reader page exists once
 * per edition; the Japanese pages keep their addresses (no prefix), the others live under `/easy/` and `/en/`. The
 * verbatim source documents (`/sources/…`) and the data files (`/data/…` with an extension) are single: every edition
 * links the same files. `localize` is the one function that turns a site path into an edition's address.
 */

export const EDITIONS = ['ja', 'easy', 'en'] as const;
export type Edition = (typeof EDITIONS)[number];

export interface EditionInfo {
  /** The path prefix of the edition's pages, '' for the Japanese original. */
  prefix: string;
  /** The `lang` of its pages: やさしい日本語 is Japanese. */
  lang: 'ja' | 'en';
  /**
   * Its `hreflang`: a private-use subtag marks やさしい日本語 (BCP 47 has no code for it), so the two Japanese
   * editions are told apart while both stay `ja` to a browser.
   */
  hreflang: string;
  /** Open Graph locale. */
  ogLocale: string;
  /** The edition's name in its own words, as the language switch shows it. */
  name: string;
}

export const EDITION_INFO: Record<Edition, EditionInfo> = {
  ja: { prefix: '', lang: 'ja', hreflang: 'ja', ogLocale: 'ja_JP', name: '日本語' },
  easy: { prefix: '/easy', lang: 'ja', hreflang: 'ja-x-easy', ogLocale: 'ja_JP', name: 'やさしい日本語' },
  en: { prefix: '/en', lang: 'en', hreflang: 'en', ogLocale: 'en_US', name: 'English' },
};

/** The edition a site path belongs to. */
export function editionOf(pathname: string): Edition {
  for (const e of EDITIONS) {
    const { prefix } = EDITION_INFO[e];
    if (prefix && (pathname === prefix || pathname.startsWith(`${prefix}/`))) return e;
  }
  return 'ja';
}

/**
 * Whether a path is one of the single resources every edition shares: the verbatim source pages and their text
 * files, and every data file (a path ending in a file name with an extension, e.g. `/data/fy2024/projects.csv`).
 */
export function isShared(path: string): boolean {
  const clean = path.split(/[?#]/)[0]!;
  return clean.startsWith('/sources/') || /\/[^/]+\.[a-z0-9]+$/i.test(clean);
}

/** A site path (`/fy2024/projects/9ecbce66/`, as src/lib/config/urls.ts builds it) as the edition's address. */
export function localize(edition: Edition, path: string): string {
  if (!path.startsWith('/') || isShared(path)) return path;
  return `${EDITION_INFO[edition].prefix}${path}`;
}

/** The Japanese original's path of an edition's page: `/en/fy2024/` → `/fy2024/`. */
export function basePath(pathname: string): string {
  const { prefix } = EDITION_INFO[editionOf(pathname)];
  return prefix ? pathname.slice(prefix.length) || '/' : pathname;
}

/**
 * The same page in every edition (for the language switch and hreflang), or undefined for a shared resource and for
 * the one not-found page (/404.html), which serves every edition's missing addresses and says so in each language.
 */
export function counterparts(pathname: string): Record<Edition, string> | undefined {
  if (isShared(pathname) || /^\/404(\.html|\/)?$/.test(pathname)) return undefined;
  const base = basePath(pathname);
  return Object.fromEntries(EDITIONS.map((e) => [e, localize(e, base)])) as Record<Edition, string>;
}

/**
 * The `edition` route parameter of a page under `src/pages/[...edition]/`: undefined for the Japanese original (no
 * prefix), the edition's folder otherwise.
 */
export const editionParam = (edition: Edition): string | undefined =>
  EDITION_INFO[edition].prefix.slice(1) || undefined;

/** Multiplies a page's static paths by the editions (getStaticPaths of every page under `[...edition]`). */
export function withEditions<P extends { params: Record<string, string | number | undefined>; props?: object }>(
  paths: P[],
): Array<{ params: P['params'] & { edition: string | undefined }; props: P['props'] & { edition: Edition } }> {
  return EDITIONS.flatMap((edition) =>
    paths.map((p) => ({
      params: { ...p.params, edition: editionParam(edition) },
      props: { ...(p.props ?? {}), edition } as P['props'] & { edition: Edition },
    })),
  );
}

/** The edition of a page under `[...edition]` from its route parameter. */
export function editionFromParam(param: string | undefined): Edition {
  return EDITIONS.find((e) => editionParam(e) === param) ?? 'ja';
}
