/**
 * Markup in a source title, in the built files: the variant build (scripts/build-variant.ts) has it in a FY2024 title
 * and in the fixture's; every page that shows the title shows it escaped, as text, and no built file carries it as
 * markup. tests/e2e/security.spec.ts opens the same pages in the browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PAYLOAD, PAYLOAD_TITLE_WITH_MARKUP } from '../../scripts/build-variant.ts';
import { payloadProject, variantSite as variantDist } from './site.ts';
import { distFiles } from '../../scripts/lib/dist.ts';

const escaped = PAYLOAD.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The payload's markup as a browser would parse it: the script element and the image with its handler. */
const RAW = ['<script>window.__xss', '<img src=x onerror'];

test('the title with markup is in the open data as printed, and each of its pages shows it as text', () => {
  const project = payloadProject()!;
  expect(project.title).toBe(PAYLOAD_TITLE_WITH_MARKUP);
  for (const page of [`fy2024/projects/${project.id}/index.html`, 'fy2024/visions/7/index.html']) {
    const html = readFileSync(join(variantDist, page), 'utf8');
    // The text, escaped (quotes may be left as they are in text): < and > never reach the page as markup.
    expect(html.replace(/&quot;|&#34;/g, '"'), page).toContain(escaped);
  }
});

/** A page without its quoted attribute values, where `<` is text (their `"` is escaped, so each ends at its quote). */
const outsideAttributes = (file: string) => readFileSync(join(variantDist, file), 'utf8').replace(/="[^"]*"/g, '=""');

test('no HTML file of the build carries the markup outside a quoted attribute value', () => {
  const html = distFiles(variantDist, { ext: '.html' });
  expect(html.length).toBeGreaterThan(400);
  // The title is in some attributes (og:title, the lists' sort keys): the check covers those pages.
  expect(html.filter((file) => readFileSync(join(variantDist, file), 'utf8').includes(RAW[0]!)).length).toBeGreaterThan(
    0,
  );
  expect(html.filter((file) => RAW.some((raw) => outsideAttributes(file).includes(raw)))).toEqual([]);
});
