/**
 * dist/_headers: what the deploy promises. Security headers on every path, Strict-Transport-Security only when the
 * public address is https, a year's immutable cache for fingerprinted files and a revalidated one for the rest. The
 * rules are read here as Netlify and Cloudflare Pages document them (every rule whose path matches applies, `*` at the
 * end of a path matches the rest of the path, a header set by two matching rules gets both values joined by a comma),
 * by a matcher written for this test, so a second Cache-Control rule on a path would show as a joined value.
 */
import { describe, expect, it } from 'vitest';
import { headerRules } from '../../src/lib/files/security.ts';
import { formatHeaders, headersFor, parseHeaders } from '../../scripts/lib/headers-file.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';

/** Files of a build, named as the build names them (Astro's and Pagefind's hashes included). */
const FILES = [
  '404.html',
  '_astro/ListView.astro_astro_type_script_index_0_lang.DVf6c_CQ.js',
  '_astro/style.B6XnNOPP.css',
  '_headers',
  'about/index.html',
  'data/fy2024/index.html',
  'data/fy2024/projects.csv',
  'data/fy2024/projects/c15a479c.json',
  'favicon.svg',
  'fy2024/index.html',
  'fy2024/projects/c15a479c/index.html',
  'index.html',
  'pagefind/fragment/und_8a2ea15.pf_fragment',
  'pagefind/index/und_ef6cbf4.pf_index',
  'pagefind/newest-plan.json',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind.js',
  'pagefind/pagefind.und_b2568e8aba4.pf_meta',
  'pagefind/wasm.unknown.pagefind',
  'robots.txt',
  'sitemap.xml',
];

/** Request path → the Cache-Control it must get. */
const EXPECTED: Record<string, string> = {
  '/': REVALIDATE,
  '/index.html': REVALIDATE,
  '/404.html': REVALIDATE,
  '/about/': REVALIDATE,
  '/fy2024/': REVALIDATE,
  '/fy2024/projects/c15a479c/': REVALIDATE,
  '/data/fy2024/': REVALIDATE,
  '/data/fy2024/projects.csv': REVALIDATE,
  '/data/fy2024/projects/c15a479c.json': REVALIDATE,
  '/favicon.svg': REVALIDATE,
  '/sitemap.xml': REVALIDATE,
  '/robots.txt': REVALIDATE,
  '/_astro/style.B6XnNOPP.css': IMMUTABLE,
  '/_astro/ListView.astro_astro_type_script_index_0_lang.DVf6c_CQ.js': IMMUTABLE,
  '/pagefind/fragment/und_8a2ea15.pf_fragment': IMMUTABLE,
  '/pagefind/index/und_ef6cbf4.pf_index': IMMUTABLE,
  '/pagefind/pagefind.und_b2568e8aba4.pf_meta': IMMUTABLE,
  '/pagefind/pagefind.js': REVALIDATE,
  '/pagefind/pagefind-entry.json': REVALIDATE,
  '/pagefind/pagefind-worker.js': REVALIDATE,
  '/pagefind/wasm.unknown.pagefind': REVALIDATE,
  '/pagefind/newest-plan.json': REVALIDATE,
};

/** The headers a host sends for a path, read from the file's text as the hosts document the format. */
function hostHeaders(text: string, path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let applies = false;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      const rule = line.trim();
      applies = rule.endsWith('*') ? path.startsWith(rule.slice(0, -1)) : rule === path;
    } else if (applies) {
      const [name, ...value] = line.trim().split(': ');
      out.set(name!, [...(out.get(name!) ?? []), value.join(': ')]);
    }
  }
  return out;
}

describe.each([
  { site: undefined, hsts: false },
  { site: new URL('http://plans.example.jp/'), hsts: false },
  { site: new URL('https://plans.example.jp/'), hsts: true },
])('dist/_headers for SITE_URL=$site', ({ site, hsts }) => {
  const text = formatHeaders(headerRules(FILES, site));

  it('gives each path one Cache-Control: a year for fingerprinted files, revalidated for the rest', () => {
    const got = Object.fromEntries(Object.keys(EXPECTED).map((p) => [p, hostHeaders(text, p).get('Cache-Control')]));
    expect(got).toEqual(Object.fromEntries(Object.entries(EXPECTED).map(([p, v]) => [p, [v]])));
  });

  it(`sends the security headers everywhere${hsts ? ', Strict-Transport-Security included' : ', without Strict-Transport-Security'}`, () => {
    for (const path of Object.keys(EXPECTED)) {
      const h = hostHeaders(text, path);
      expect(h.get('X-Content-Type-Options'), path).toEqual(['nosniff']);
      expect(h.get('Content-Security-Policy')?.[0], path).toContain("frame-ancestors 'none'");
      expect(h.get('Strict-Transport-Security'), path).toEqual(hsts ? ['max-age=31536000'] : undefined);
    }
  });

  it('starts with the block for every path, which the test server and static hosts read first', () => {
    expect(text).toMatch(/^\/\*\n {2}Content-Security-Policy: /);
    expect(text).not.toContain('_headers');
  });
});

describe('the test server reads the file as the hosts do (scripts/serve-dist.ts)', () => {
  const text = [
    '/*',
    '  X-Content-Type-Options: nosniff',
    '/',
    '  Cache-Control: no-cache',
    '/_astro/*',
    '  Cache-Control: immutable',
    '/a/*',
    '  X-Test: one',
    '/a/b.txt',
    '  X-Test: two',
    '',
  ].join('\n');
  const rules = parseHeaders(text);

  it('applies every rule whose path matches, exact or as a folder', () => {
    expect(headersFor(rules, '/')).toEqual({ 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' });
    expect(headersFor(rules, '/_astro/x.js')).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'immutable',
    });
    expect(headersFor(rules, '/about/')).toEqual({ 'X-Content-Type-Options': 'nosniff' });
  });

  it('joins a header two matching rules set, as Cloudflare Pages does', () => {
    expect(headersFor(rules, '/a/b.txt')['X-Test']).toBe('one, two');
    expect(headersFor(rules, '/a/c.txt')['X-Test']).toBe('one');
  });

  it('reads back what formatHeaders writes', () => {
    const written = headerRules(FILES, new URL('https://plans.example.jp/'));
    expect(parseHeaders(formatHeaders(written))).toEqual(written);
  });
});
