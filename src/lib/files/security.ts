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
