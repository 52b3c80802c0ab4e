/**
 * axe with the WCAG 2.2 AA rules on the loaded page (formerly tests/e2e/a11y.spec.ts).
 *
 * axe-core is put into the document as an init script (installAxe), only for the pages it runs on, and run there with
 * the same options @axe-core/playwright's AxeBuilder passes in legacy mode: the same rules and findings. The crawl
 * opens every page of a chunk in one tab and disposes of the init script once the page has loaded, so the other pages
 * are spared sending and compiling half a megabyte of script.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Disposable, Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  nodes: Array<{ target: string[] }>;
}

/** Puts axe into every document the page loads until the returned handle is disposed of. */
export function installAxe(page: Page): Promise<Disposable> {
  return page.addInitScript({ content: AXE_SOURCE });
}

export async function axeProblems(page: Page): Promise<string[]> {
  const out: string[] = [];
  // The site has no frames, so axe runs in the page itself, and only violations are detailed.
  if (page.frames().length !== 1) out.push('has frames; run axe in every frame');
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe?: { run: (...args: unknown[]) => Promise<{ violations: Violation[] }> } })
      .axe;
    if (!axe) return null;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, TAGS);
  // No axe in the page would be a check that cannot fail: say so instead.
  if (violations === null) return ['axe is not loaded in the page (installAxe was not called)'];
  for (const v of violations) out.push(`${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
  return out;
}
