// Usage: node shotsc.mjs OUTDIR WIDTH path... — full page in viewport-high chunks
import { chromium } from 'playwright';
import { spawn } from 'node:child_process';
const [out, width, ...paths] = process.argv.slice(2);
const w = Number(width), h = w <= 360 ? 740 : 800;
const srv = spawn(process.execPath, ['scripts/serve-dist.ts', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise((res) => srv.stdout.on('data', (d) => { const m = /at (http\S+)/.exec(String(d)); if (m) res(m[1]); }));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: w, height: h } });
for (const p of paths) {
  await page.goto(new URL(p.replace(/^\//, ''), base).href);
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  const name = p.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'home';
  for (let y = 0, i = 0; y < total; y += h, i++)
    await page.screenshot({ path: `${out}/${name}-${w}-${i}.png`, fullPage: true, clip: { x: 0, y, width: w, height: Math.min(h, total - y) } });
}
await browser.close(); srv.kill();
