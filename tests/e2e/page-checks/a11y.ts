/** axe with the WCAG 2.2 AA rules on the loaded page (formerly tests/e2e/a11y.spec.ts). */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function axeProblems(page: Page): Promise<string[]> {
  const out: string[] = [];
  // The site has no frames, so axe runs in the page itself (legacy mode: no per-frame partial runs merged in a second
  // blank page), and only violations are detailed: the same rules and findings at a fraction of the cost.
  if (page.frames().length !== 1) out.push('has frames; run axe without legacy mode');
  const result = await new AxeBuilder({ page })
    .options({ runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  for (const v of result.violations) out.push(`${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
  return out;
}
