/**
 * Every page of dist/ is valid HTML by html-validate with the project's .htmlvalidate.json (its recommended preset;
 * the few rules changed there are each for a deliberate choice, explained below, since JSON holds no comments).
 * Every failing page and message is listed at once, not just the first.
 *
 * - prefer-native-element, except the region role: a table that may scroll sideways sits in a focusable
 *   `<div role="region" aria-label="…" tabindex="0">` (src/components/DataTable.astro), so a keyboard can scroll it and
 *   a screen reader names it. It is a viewport of the table, not a section of the page: a `<section>` would add one to
 *   the page's structure for every table.
 * - valid-id, relaxed: HTML allows any id without white space; the prose pages' headings get ids from their Japanese
 *   text, and the data dictionary names its anchors after the files (`2013-items`), both of which may start with a
 *   digit or hold Japanese.
 * - wcag/h32 (a form needs a submit button), off: the complete lists' sort and filter controls
 *   (src/components/ListView.astro) apply each choice as it is made and submit nowhere; a submit button would do
 *   nothing. The search forms have one.
 * - long-title, up to 80 characters (70 by default): a やさしい日本語 page writes its <title> in kana, where ruby cannot
 *   go (src/lib/presentation/ruby.ts), and kana take more characters than the kanji they read (No.116's is 71).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import type { ConfigData } from 'html-validate';
import { expect, test } from 'vitest';
import { distFiles } from '../../scripts/lib/dist.ts';
import { dist } from './site.ts';

const config = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', '.htmlvalidate.json'), 'utf8'),
) as ConfigData;

test('every page in dist/ is valid HTML (html-validate, recommended preset)', async () => {
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const files = distFiles(dist, { ext: '.html' });
  expect(files.length).toBeGreaterThan(250);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(join(dist, file));
    for (const result of report.results)
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(problems).toEqual([]);
});
