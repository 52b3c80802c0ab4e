/**
 * Writes dist/_headers (the format Netlify and Cloudflare Pages read) with the headers of src/lib/files/security.ts.
 * Usage: node scripts/write-headers.ts, after astro build.
 */
import { writeFileSync } from 'node:fs';
import { HEADERS } from '../src/lib/files/security.ts';

const lines = ['/*', ...Object.entries(HEADERS).map(([name, value]) => `  ${name}: ${value}`), ''];
writeFileSync(new URL('../dist/_headers', import.meta.url), lines.join('\n'));
console.log('headers: wrote dist/_headers');
