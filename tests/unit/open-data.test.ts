/**
 * Open-data building blocks that need no build: URLs with and without the public address.
 */
import { describe, expect, it } from 'vitest';
import { openDataUrl } from '../../src/lib/urls.ts';

describe('URLs in open data', () => {
  it('are absolute with the public address and site paths without it', () => {
    expect(openDataUrl('/fy2024/projects/c15a479c/', { SITE_URL: 'https://plans.example.jp' })).toBe(
      'https://plans.example.jp/fy2024/projects/c15a479c/',
    );
    expect(openDataUrl('/2013/items/47/', {})).toBe('/2013/items/47/');
    expect(openDataUrl('/2013/items/47/', { SITE_URL: ' ' })).toBe('/2013/items/47/');
  });
});
