/**
 * Every page of dist/ passes the W3C Nu HTML Checker (vnu), the reference validator, with no error. html-validate
 * (html-valid.test.ts) checks content models and ARIA quickly, but it parses leniently: vnu is what reports a parse
 * error such as a `<script>` after `</html>`, after which a browser's parser works on a different document than the
 * one written. vnu needs Java (17 or later; the jar comes with the vnu-jar devDependency). CI installs it (.ci/run)
 * and requires it; elsewhere, without `java`, the check is reported skipped, as the spreadsheet round trip is
 * without LibreOffice.
 */
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { dist } from './site.ts';

const jar = join(import.meta.dirname, '..', '..', 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

test('every page in dist/ has no Nu HTML Checker error', (ctx) => {
  if (spawnSync('java', ['-version']).error) {
    if (process.env['CI'] || process.env['KPE_REQUIRE_JAVA'])
      throw new Error('Java is required here for the Nu HTML Checker: .ci/run installs default-jre-headless');
    // Reported as skipped, never as passed: nothing was checked.
    return ctx.skip('Java is not installed on this machine, so the Nu HTML Checker cannot run here; CI runs it');
  }
  const run = spawnSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', dist], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  // vnu writes its report to stderr and exits 1 when it found errors.
  const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
  const errors = messages.map(
    (m) => `${relative(dist, fileURLToPath(m.url))}:${m.lastLine ?? '?'} ${m.type}: ${m.message}`,
  );
  expect(errors).toEqual([]);
  expect(run.status).toBe(0);
});
