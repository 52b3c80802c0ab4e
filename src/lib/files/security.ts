/**
 * The Content-Security-Policy and other response headers, defined once: the pages carry the policy as a <meta> tag
 * (for hosts that cannot set headers), and scripts/write-headers.ts writes the same policy, plus what only a header
 * can say (frame-ancestors), to dist/_headers for static hosts that read that file.
 *
 * No inline script is allowed: the only script (the search page's) is an external module. 'wasm-unsafe-eval' lets
 * Pagefind compile its WebAssembly search engine; it does not allow eval of JavaScript.
 */
const DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

const join = (d: Record<string, string>) =>
  Object.entries(d)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');

/** The policy for the <meta> tag (which browsers ignore frame-ancestors in). */
export const CSP_META = join(DIRECTIVES);

/** The policy as a response header. */
export const CSP_HEADER = join({ ...DIRECTIVES, 'frame-ancestors': "'none'" });

/** Headers for every path, as a static host's _headers file gives them. */
export const HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Strict-Transport-Security, sent only when the public address is https (src/lib/site.ts): a browser that saw it
 * refuses plain http to the host for a year. It names no subdomains, whose hosting the site cannot speak for, and is
 * never sent for a local or preview build, whose host may have to serve http.
 */
export const HSTS = 'max-age=31536000';

/** Cache-Control of a file whose name changes with its content: it can be kept for a year and never rechecked. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Cache-Control of everything else (pages, pagefind.js, pagefind-entry.json, …): kept, but rechecked on every use, so
 * a new deploy shows at once and the unhashed Pagefind entry files never point at hashed files a deploy removed.
 */
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * Files named by a hash of their content, as paths relative to dist/: Astro's bundles and Pagefind's chunks, indexes,
 * filters and metadata (`pagefind.und_b2568e8aba4.pf_meta`). pagefind.js, pagefind-entry.json, the worker, the WASM
 * file and the UI files keep their names across builds.
 */
const FINGERPRINTED = [
  /^_astro\//,
  // Each edition has its own index: /pagefind/, /easy/pagefind/, /en/pagefind/.
  /^(?:(?:easy|en)\/)?pagefind\/(fragment|index|filter)\//,
  /^(?:(?:easy|en)\/)?pagefind\/pagefind\.[^/]+\.pf_meta$/,
];
export const isFingerprinted = (file: string): boolean => FINGERPRINTED.some((re) => re.test(file));

/** One block of a `_headers` file: a path (exact, or a folder ending in `/*`) and the headers it adds. */
export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

/**
 * The rules of dist/_headers for the files of a build (paths relative to dist/, `_headers` itself left out): the
 * headers above for every path, then Cache-Control. Netlify and Cloudflare Pages apply every rule that matches a path
 * and join the values of a header set by two of them, so no two Cache-Control rules may match one path: each folder
 * whose files are all fingerprinted, or all not, gets one `/folder/*` rule, a mixed folder (the root, pagefind/, an
 * edition's folder with its index) one rule per file and per subfolder, and its page its own rule (`/`, `/en/`).
 */
export function headerRules(files: readonly string[], site: URL | undefined): HeaderRule[] {
  const all = site?.protocol === 'https:' ? { ...HEADERS, 'Strict-Transport-Security': HSTS } : { ...HEADERS };
  const cache = (fingerprinted: boolean) => ({ 'Cache-Control': fingerprinted ? CACHE_IMMUTABLE : CACHE_REVALIDATE });
  const rules: HeaderRule[] = [{ path: '/*', headers: all }];
  const walk = (folder: string, inFolder: string[]) => {
    const kinds = new Set(inFolder.map((f) => isFingerprinted(folder + f)));
    if (folder && kinds.size === 1) {
      rules.push({ path: `/${folder}*`, headers: cache(kinds.has(true)) });
      return;
    }
    // A page is also requested by its folder (/, /en/ once the English index shares its folder with its pages).
    if (inFolder.includes('index.html')) rules.push({ path: `/${folder}`, headers: cache(false) });
    const subfolders = new Map<string, string[]>();
    for (const f of inFolder) {
      const slash = f.indexOf('/');
      if (slash < 0) rules.push({ path: `/${folder}${f}`, headers: cache(isFingerprinted(folder + f)) });
      else subfolders.set(f.slice(0, slash), [...(subfolders.get(f.slice(0, slash)) ?? []), f.slice(slash + 1)]);
    }
    for (const [name, inside] of subfolders) walk(`${folder}${name}/`, inside);
  };
  walk(
    '',
    files.filter((f) => f !== '_headers'),
  );
  return rules;
}
