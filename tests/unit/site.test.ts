/** The public address (SITE_URL): optional, and when given, a host's root over http(s) that is not this machine. */
import { describe, expect, it } from 'vitest';
import { publicUrl, siteUrl } from '../../src/lib/config/site.ts';

describe('siteUrl', () => {
  it('is undefined when SITE_URL is unset, empty or blank', () => {
    expect(siteUrl({})).toBeUndefined();
    expect(siteUrl({ SITE_URL: '' })).toBeUndefined();
    expect(siteUrl({ SITE_URL: '  ' })).toBeUndefined();
  });

  it('takes a host root, with or without the final slash', () => {
    expect(siteUrl({ SITE_URL: 'https://plans.example.jp' })?.href).toBe('https://plans.example.jp/');
    expect(siteUrl({ SITE_URL: 'https://plans.example.jp/' })?.href).toBe('https://plans.example.jp/');
    expect(siteUrl({ SITE_URL: 'http://plans.example.jp:8080' })?.href).toBe('http://plans.example.jp:8080/');
  });

  it('refuses what would give broken or local permalinks, saying why', () => {
    expect(() => siteUrl({ SITE_URL: 'plans.example.jp' })).toThrow(/not an absolute URL/);
    expect(() => siteUrl({ SITE_URL: 'ftp://plans.example.jp' })).toThrow(/https:\/\//);
    expect(() => siteUrl({ SITE_URL: 'https://example.jp/plans/' })).toThrow(/root/);
    expect(() => siteUrl({ SITE_URL: 'https://example.jp/?a=1' })).toThrow(/root/);
    expect(() => siteUrl({ SITE_URL: 'http://localhost:4321' })).toThrow(/local address/);
    expect(() => siteUrl({ SITE_URL: 'http://127.0.0.1:4321/' })).toThrow(/local address/);
  });
});

describe('publicUrl', () => {
  it('is the absolute URL with an address, and the path alone without one', () => {
    const site = new URL('https://plans.example.jp/');
    expect(publicUrl('/fy2024/projects/c15a479c/', site)).toBe('https://plans.example.jp/fy2024/projects/c15a479c/');
    expect(publicUrl('/fy2024/projects/c15a479c/', undefined)).toBe('/fy2024/projects/c15a479c/');
  });
});
