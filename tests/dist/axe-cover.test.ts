/**
 * The pages the crawl runs axe on (tests/e2e/page-checks/axe-cover.ts): together they hold every element signature of
 * every page of the site, and every template is among them.
 */
import { describe, expect, it } from 'vitest';
import { markupCover, signatures } from '../e2e/page-checks/axe-cover.ts';
import { read, sitemapPaths } from './site.ts';

describe('signatures', () => {
  it('name tag, sorted classes, role, aria-* names, lang and scoping attributes, whatever their order', () => {
    const a = signatures('<p><span class="b a" role="note" aria-label="x" data-astro-cid-q lang="en">t</span></p>');
    const b = signatures('<p><span lang="en" data-astro-cid-q aria-label="y" class="a  b" role="note">u</span></p>');
    expect(a).toEqual(b);
    expect(a).toContain('span|.a.b|role=note|aria=aria-label|lang=en|cid=data-astro-cid-q');
    // Each of these differs from the span above in one fact, so each is a signature of its own.
    for (const other of [
      '<div class="b a" role="note" aria-label="x" data-astro-cid-q lang="en"></div>',
      '<span class="a" role="note" aria-label="x" data-astro-cid-q lang="en"></span>',
      '<span class="b a" role="region" aria-label="x" data-astro-cid-q lang="en"></span>',
      '<span class="b a" role="note" aria-labelledby="x" data-astro-cid-q lang="en"></span>',
      '<span class="b a" role="note" aria-label="x" data-astro-cid-q lang="ja"></span>',
      '<span class="b a" role="note" aria-label="x" data-astro-cid-r lang="en"></span>',
    ])
      expect(signatures(`<p>${other}</p>`)).not.toContain(
        'span|.a.b|role=note|aria=aria-label|lang=en|cid=data-astro-cid-q',
      );
  });

  it('read elements inside <template> too', () => {
    expect(signatures('<template><li class="hit"></li></template>')).toContain('li|.hit|role=|aria=|lang=|cid=');
  });
});

describe('markupCover', () => {
  it('takes the page with the most new signatures first, a page with a signature no other has, and breaks ties by path', () => {
    const pages = new Map([
      ['/c/', new Set(['x', 'y'])],
      ['/b/', new Set(['x', 'y'])],
      ['/a/', new Set(['x'])],
      ['/d/', new Set(['z'])],
    ]);
    expect(markupCover(pages)).toEqual(['/b/', '/d/']);
  });
});

describe('the cover of the built site', () => {
  const paths = sitemapPaths();
  const pages = new Map(paths.map((p) => [p, signatures(read(p))]));
  const cover = markupCover(pages);

  it('holds every signature of every page', () => {
    const covered = new Set(cover.flatMap((p) => [...pages.get(p)!]));
    const missing = paths.flatMap((p) => [...pages.get(p)!].filter((s) => !covered.has(s)).map((s) => `${p}: ${s}`));
    expect(missing).toEqual([]);
    // A cover is only worth having when it is far smaller than the site; a cover of every page would be no saving.
    expect(paths.length).toBeGreaterThan(290);
    expect(cover.length).toBeLessThan(paths.length / 3);
  });

  it('is the same when computed again (deterministic)', () => {
    expect(markupCover(new Map([...pages].reverse()))).toEqual(cover);
  });

  it('has a page of every template, in one edition or another', () => {
    // The cover spans the three editions (/, /easy/, /en/): a template counts as covered when a page of it in any
    // edition is, since the editions share their templates and differ only in words.
    const template = (p: string) => p.replace(/^\/(easy|en)\//, '/');
    const templates = cover.map(template);
    const has = (re: RegExp) => templates.some((p) => re.test(p));
    expect.soft(has(/^\/fy2024\/projects\/[0-9a-f]{8}\/$/), 'a project page').toBe(true);
    expect.soft(has(/^\/2013\/items\/\d+\/$/), 'a 2013 item page').toBe(true);
    expect.soft(has(/^\/fy2024\/visions\/\d+\/$/), 'a vision page').toBe(true);
    for (const path of [
      '/',
      '/search/',
      '/glossary/',
      '/2013/crosswalk/',
      '/data/',
      '/fy2024/projects/',
      '/2013/items/',
    ])
      expect.soft(templates, path).toContain(path);
    expect.soft(has(/^\/data\/.+/), 'a data page below /data/').toBe(true);
    expect.soft(has(/^\/sources\/.+/), 'a source page').toBe(true);
  });
});
