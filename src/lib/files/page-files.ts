/**
 * Where a page's own downloads live: beside the page (`/fy2024/visions/1/` + `chart-vision-1.csv`), and the name a
 * browser saves them under, which says what the file is without its folder: the page's path, then the file
 * (`fy2024-visions-1-chart-vision-1.csv`; `en-…` on the English edition, `home-…` on the home page).
 */
export function pageFile(pagePath: string, stem: string, ext: string): { href: string; download: string } {
  // Every page is a folder (trailingSlash 'always', build.format 'directory').
  const dir = pagePath.endsWith('/') ? pagePath : `${pagePath}/`;
  const where = dir.split('/').filter(Boolean).join('-') || 'home';
  return { href: `${dir}${stem}.${ext}`, download: `${where}-${stem}.${ext}` };
}
