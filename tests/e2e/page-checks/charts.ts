/**
 * Charts as a reader sees them (formerly tests/e2e/charts.spec.ts): chart text is as large as the body text, no label
 * runs past the chart's edge, and no chart is wider than its column. Runs in the page; returns the problems and how
 * many lines of chart text it measured.
 */
export function chartProblems(): { found: string[]; lines: number } {
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
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5) found.push(`「${words}」 runs past 「${name}」`);
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
}
