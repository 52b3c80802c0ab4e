/**
 * Charts as a reader sees them, in Chromium at a phone's and a laptop's width: chart text is as large as the body
 * text, no label runs past the chart's edge, and no chart is wider than its column.
 */
import { expect, test } from '@playwright/test';
import { htmlPages, read } from '../dist/site.ts';

const chartPages = htmlPages().filter((path) => read(path).includes('class="chart"'));

test('the charts checked here are all the site has', () => {
  // Home, the plan, 8 visions, 2 priorities, the 2013 report, its 3 parts and the crosswalk at least.
  expect(chartPages.length).toBeGreaterThanOrEqual(17);
  for (const path of ['/', '/fy2024/', '/fy2024/visions/1/', '/fy2024/priorities/1/', '/2013/', '/2013/crosswalk/'])
    expect(chartPages).toContain(path);
});

for (const width of [360, 1280]) {
  test(`at ${width} px chart text is the body text's size, whole, and no chart overflows its column`, async ({
    page,
  }) => {
    test.setTimeout(60_000 + chartPages.length * 10_000);
    await page.setViewportSize({ width, height: 740 });
    const problems: string[] = [];
    let measured = 0;
    for (const path of chartPages) {
      await page.goto(path);
      const result = await page.evaluate(() => {
        const found: string[] = [];
        let lines = 0;
        const body = getComputedStyle(document.body);
        // A line of chart text and the same words set in the body's font and size must be equally wide.
        const probe = document.createElement('span');
        probe.style.cssText = `position:absolute;white-space:pre;font-family:${body.fontFamily};font-size:${body.fontSize}`;
        document.body.append(probe);
        for (const svg of document.querySelectorAll<SVGSVGElement>('.chart svg')) {
          const name = svg.querySelector('title')?.textContent ?? '?';
          const box = svg.getBoundingClientRect();
          const column = svg.parentElement!.getBoundingClientRect();
          if (box.right > column.right + 0.5 || box.right > document.documentElement.clientWidth) {
            found.push(`「${name}」 is ${box.width} px wide in a ${column.width} px column`);
          }
          for (const text of svg.querySelectorAll('text')) {
            const spans = text.querySelectorAll('tspan');
            for (const line of spans.length ? [...spans] : [text]) {
              const words = line.textContent ?? '';
              const r = line.getBoundingClientRect();
              if (r.left < box.left - 0.5 || r.right > box.right + 0.5)
                found.push(`「${words}」 runs past 「${name}」`);
              probe.style.fontWeight = getComputedStyle(line).fontWeight;
              probe.textContent = words;
              const ratio = r.width / probe.getBoundingClientRect().width;
              if (Math.abs(ratio - 1) > 0.03)
                found.push(`「${words}」 in 「${name}」 is drawn at ${ratio.toFixed(2)}× the body size`);
              lines += 1;
            }
          }
        }
        probe.remove();
        return { found, lines };
      });
      problems.push(...result.found.map((p) => `${path}: ${p}`));
      measured += result.lines;
    }
    expect(problems).toEqual([]);
    // Every chart has text to measure: this is no empty check.
    expect(measured).toBeGreaterThan(chartPages.length * 5);
  });
}
