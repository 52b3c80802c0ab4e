/**
 * The public address (SITE_URL): optional, and when given, a host's root over http(s) that is not this machine; the
 * operator and contact (SITE_OPERATOR, SITE_CONTACT): required with it, both or neither without it.
 */
import { describe, expect, it } from 'vitest';
import { publicUrl, siteOperator, siteUrl } from '../../src/lib/config/site.ts';

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

describe('siteOperator (SITE_OPERATOR, SITE_CONTACT)', () => {
  const NAME = '熊本オープンデータの会';
  const both = (contact: string) => ({ SITE_OPERATOR: NAME, SITE_CONTACT: contact });

  it('is undefined in a local build with neither set, empty or blank', () => {
    expect(siteOperator({})).toBeUndefined();
    expect(siteOperator({ SITE_OPERATOR: ' ', SITE_CONTACT: '' })).toBeUndefined();
  });

  it('takes an https address as a link and an e-mail address as a mailto: link', () => {
    expect(siteOperator(both('https://example.jp/contact/'))).toEqual({
      name: NAME,
      lang: 'ja',
      contact: { kind: 'url', href: 'https://example.jp/contact/', text: 'https://example.jp/contact/' },
    });
    expect(siteOperator(both(' info@example.jp '))?.contact).toEqual({
      kind: 'email',
      href: 'mailto:info@example.jp',
      text: 'info@example.jp',
    });
    expect(siteOperator(both('mailto:info@example.jp'))?.contact.href).toBe('mailto:info@example.jp');
  });

  it("marks a name's language, so an English page can mark a Japanese name", () => {
    expect(siteOperator({ SITE_OPERATOR: 'Code for Kumamoto', SITE_CONTACT: 'a@example.jp' })?.lang).toBe('en');
    expect(siteOperator({ SITE_OPERATOR: 'くまもとデータ', SITE_CONTACT: 'a@example.jp' })?.lang).toBe('ja');
  });

  it('rejects a contact that is neither, naming the variable and an example', () => {
    for (const bad of ['example.jp/contact', 'info@', 'info at example.jp'])
      expect(() => siteOperator(both(bad))).toThrow(
        /^SITE_CONTACT=".*" is neither an https:\/\/ address nor an e-mail address, e\.g\. SITE_CONTACT=https:\/\/example\.jp\/contact\/ or SITE_CONTACT=info@example\.jp$/,
      );
    for (const bad of ['http://example.jp/contact/', 'javascript:alert(1)'])
      expect(() => siteOperator(both(bad))).toThrow(/^SITE_CONTACT=.*must start with https:\/\//);
    expect(() => siteOperator(both('https://user:pw@example.jp/'))).toThrow(/^SITE_CONTACT=.*user name or password/);
  });

  it('rejects a name on several lines or too long to show, naming the variable and an example', () => {
    expect(() => siteOperator({ SITE_OPERATOR: '熊本\nオープン', SITE_CONTACT: 'a@example.jp' })).toThrow(
      /^SITE_OPERATOR must be one line of text.*e\.g\. SITE_OPERATOR="熊本オープンデータの会"$/,
    );
    expect(() => siteOperator({ SITE_OPERATOR: 'あ'.repeat(61), SITE_CONTACT: 'a@example.jp' })).toThrow(
      /^SITE_OPERATOR=".*" is longer than 60 characters/,
    );
    expect(siteOperator({ SITE_OPERATOR: 'あ'.repeat(60), SITE_CONTACT: 'a@example.jp' })?.name).toHaveLength(60);
  });

  it('rejects one without the other, naming the missing one', () => {
    expect(() => siteOperator({ SITE_OPERATOR: NAME })).toThrow(
      /^SITE_CONTACT is unset: set SITE_OPERATOR and SITE_CONTACT together/,
    );
    expect(() => siteOperator({ SITE_CONTACT: 'a@example.jp' })).toThrow(
      /^SITE_OPERATOR is unset: set SITE_OPERATOR and SITE_CONTACT together/,
    );
  });

  it('fails a deploy build (SITE_URL set) without them, naming both variables', () => {
    for (const env of [
      { SITE_URL: 'https://plans.example.jp' },
      { SITE_URL: 'https://plans.example.jp', SITE_OPERATOR: NAME },
      { SITE_URL: 'https://plans.example.jp', SITE_CONTACT: 'a@example.jp' },
    ])
      expect(() => siteOperator(env)).toThrow(
        /^SITE_URL is set \(a deploy build\), so SITE_OPERATOR and SITE_CONTACT must be set too: .*e\.g\. SITE_OPERATOR=/,
      );
    expect(siteOperator({ SITE_URL: 'https://plans.example.jp', ...both('a@example.jp') })?.name).toBe(NAME);
  });
});
