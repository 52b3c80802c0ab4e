/**
 * Writes dist/_headers (the format Netlify and Cloudflare Pages read) with the headers of src/lib/files/security.ts: the
 * security headers for every path, Strict-Transport-Security when the public address is https, and a year's cache
 * for fingerprinted files, a revalidated one for the rest.
 * Usage: node scripts/write-headers.ts, the build's last step (it lists every file of dist/).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerRules } from '../src/lib/files/security.ts';
import { siteUrl } from '../src/lib/config/site.ts';
import { distFiles } from './lib/dist.ts';
import { formatHeaders } from './lib/headers-file.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const rules = headerRules(distFiles(dist), siteUrl());
writeFileSync(join(dist, '_headers'), formatHeaders(rules));
console.log(`headers: wrote dist/_headers (${rules.length} rules)`);
