/**
 * The `_headers` file that Netlify and Cloudflare Pages read from the published folder: blocks of a path line and
 * indented `Name: value` lines. scripts/write-headers.ts writes it, scripts/serve-dist.ts applies it as those hosts do.
 */
import type { HeaderRule } from '../../src/lib/files/security.ts';

export function formatHeaders(rules: readonly HeaderRule[]): string {
  return rules
    .map((r) => [r.path, ...Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n') + '\n')
    .join('');
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const header = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (header && rules.length > 0) rules.at(-1)!.headers[header[1]!] = header[2]!;
    else if (!header) rules.push({ path: line.trim(), headers: {} });
    else throw new Error(`_headers: a header before any path: ${line}`);
  }
  return rules;
}

/** Whether a rule's path matches a request path: exactly, or as a folder splat (`/_astro/*`), the only forms written. */
export const matches = (rule: string, path: string): boolean =>
  rule.endsWith('*') ? path.startsWith(rule.slice(0, -1)) : rule === path;

/**
 * The headers a request path gets: those of every matching rule, a header set by two rules joined with a comma, as
 * Cloudflare Pages documents it (so a file that set Cache-Control twice would show it here too).
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules.filter((r) => matches(r.path, path)))
    for (const [k, v] of Object.entries(rule.headers)) out[k] = out[k] === undefined ? v : `${out[k]}, ${v}`;
  return out;
}
