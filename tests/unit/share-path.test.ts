/** Where a page's share image is written: one folder no page lives in, one file per page. */
import { describe, expect, it } from 'vitest';
import { shareImagePath } from '../../src/lib/i18n/share.ts';

describe('share image path', () => {
  it("is the page's path as a file name under /og/", () => {
    expect(shareImagePath('/')).toBe('/og/index.png');
    expect(shareImagePath('/fy2024/projects/c15a479c/')).toBe('/og/fy2024/projects/c15a479c.png');
    expect(shareImagePath('/en/')).toBe('/og/en.png');
    expect(shareImagePath('/easy/2013/items/5/')).toBe('/og/easy/2013/items/5.png');
  });

  it('gives different pages different files', () => {
    const pages = ['/', '/en/', '/easy/', '/en/fy2024/', '/fy2024/', '/fy2024/visions/1/', '/en/fy2024/visions/1/'];
    expect(new Set(pages.map(shareImagePath)).size).toBe(pages.length);
  });
});
