/**
 * A minimal static server for dist/, used by the browser tests and benchmarks: it serves files exactly as a static
 * host would (directory index, 404.html, redirect to the trailing slash), and nothing else.
 * Usage: node scripts/serve-dist.ts [port] [dir] (default 4329, dist/); port 0 lets the system pick a free one. Once
 * it listens it prints `serving <dir> at http://127.0.0.1:<port>/` (scripts/lib/serve.ts and the browser tests'
 * config read the port from that line).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFor, parseHeaders } from './lib/headers-file.ts';

const dist = process.argv[3] ?? fileURLToPath(new URL('../dist/', import.meta.url));
const port = Number(process.argv[2] ?? 4329);

/** The rules of dist/_headers, applied to each request path as Netlify and Cloudflare Pages apply them. */
const headersFile = join(dist, '_headers');
const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
  '.wasm': 'application/wasm',
};

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = normalize(decodeURIComponent(url.pathname));
  if (path.includes('..')) {
    res.writeHead(400).end();
    return;
  }
  // Matched against the path as requested (`/fy2024/`, `/_astro/x.js`), as a static host matches its rules.
  const common = headersFor(rules, url.pathname);
  let file = join(dist, path);
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!url.pathname.endsWith('/')) {
      res.writeHead(301, { ...common, Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    file = join(file, 'index.html');
  }
  const found = existsSync(file) && statSync(file).isFile();
  const body = readFileSync(found ? file : join(dist, '404.html'));
  const type = found ? (TYPES[extname(file)] ?? 'application/octet-stream') : TYPES['.html']!;
  res.writeHead(found ? 200 : 404, { ...common, 'Content-Type': type });
  res.end(body);
});
server.on('error', (error) => {
  console.error(`serve-dist: ${error.message}`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () =>
  console.log(`serving ${dist} at http://127.0.0.1:${(server.address() as AddressInfo).port}/`),
);
