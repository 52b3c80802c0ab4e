/**
 * Who runs the site, on both builds the gate makes: the variant build has the public address and so the operator and
 * contact (scripts/build-variant.ts), the default build is local and has neither. Every page of every edition says
 * in its footer that the site is not the city's, names the operator (or says it is unset) and links its edition's
 * /data/; /about/ has its sections under stable anchors and lists the data updates of content/updates.json; /data/
 * and the zip's READMEs state the licence and the operator.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { distFiles, sitePath } from '../../scripts/lib/dist.ts';
import { VARIANT_ADDRESS, VARIANT_CONTACT, VARIANT_OPERATOR, variantDir } from '../../scripts/build-variant.ts';
import { dist as defaultDist, variantSite } from './site.ts';

type Edition = 'ja' | 'easy' | 'en';
const editionOf = (path: string): Edition =>
  path.startsWith('/easy/') ? 'easy' : path.startsWith('/en/') ? 'en' : 'ja';
const prefix = { ja: '', easy: '/easy', en: '/en' } as const;

/** The words each edition's footer uses, as a reader reads them (written here, not taken from the catalogs). */
const UNOFFICIAL = {
  ja: 'このサイトは熊本市の公式サイトではありません。',
  easy: 'このサイトは、熊本市のサイトではありません。',
  en: 'This is not an official site of the City of Kumamoto.',
};
const UNSET = { ja: '未設定', easy: 'まだ決めていません', en: 'not set (a local build)' };
const OPERATOR_LEAD = { ja: '運営者：', easy: '作っている人：', en: 'Run by: ' };

/** Text as read: ふりがな (<rt>, <rp>) and tags left out, entities the few the pages use. */
const asRead = (html: string) =>
  html
    .replace(/<(rt|rp)\b[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

const BUILDS = [
  { name: 'the variant build (deploy-like)', dir: variantSite, project: variantDir, operator: VARIANT_OPERATOR },
  {
    name: 'the default build (local)',
    dir: defaultDist,
    project: join(import.meta.dirname, '..', '..'),
    operator: undefined,
  },
] as const;

for (const build of BUILDS) {
  const page = (path: string) => readFileSync(join(build.dir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');

  describe(build.name, () => {
    test('every page of every edition: the footer says the site is not the city’s, names the operator and links /data/', () => {
      const pages = distFiles(build.dir, { ext: '.html' }).map(sitePath);
      expect(pages.length).toBeGreaterThan(900);
      const problems: string[] = [];
      const seen = { ja: 0, easy: 0, en: 0 };
      for (const path of pages) {
        const edition = editionOf(path);
        seen[edition]++;
        const footer = /<footer\b[\s\S]*?<\/footer>/.exec(page(path))?.[0];
        if (!footer) {
          problems.push(`${path}: no footer`);
          continue;
        }
        const text = asRead(footer);
        if (!text.includes(UNOFFICIAL[edition])) problems.push(`${path}: no unofficial statement`);
        const name = build.operator ?? UNSET[edition];
        if (!text.includes(`${OPERATOR_LEAD[edition]}${name}`)) problems.push(`${path}: operator not named as ${name}`);
        const operatorLink = new RegExp(`<a href="${prefix[edition]}/about/#operator"[^>]*>([\\s\\S]*?)</a>`).exec(
          footer,
        );
        if (!operatorLink || !asRead(operatorLink[1]!).includes(name))
          problems.push(`${path}: operator not linked to /about/#operator`);
        if (!footer.includes(`href="${prefix[edition]}/data/"`))
          problems.push(`${path}: no link to ${prefix[edition]}/data/`);
        // The raw JSON files a phone shows as text gave way to the /data/ page.
        if (/href="\/data\/[^"]*\.json"/.test(footer)) problems.push(`${path}: footer links a JSON file`);
      }
      expect(problems).toEqual([]);
      expect(Math.min(seen.ja, seen.easy, seen.en)).toBeGreaterThan(290);
    });

    test('the header marks the site name as unofficial in every edition', () => {
      for (const [edition, mark] of [
        ['ja', '非公式'],
        ['easy', '非公式'],
        ['en', 'unofficial'],
      ] as const) {
        const header = /<header\b[\s\S]*?<\/header>/.exec(page(`${prefix[edition]}/`))![0];
        expect(asRead(/<span class="mark"[^>]*>([\s\S]*?)<\/span>\s*<\/span>/.exec(header)?.[1] ?? ''), edition).toBe(
          mark,
        );
      }
    });

    describe.each(['ja', 'easy', 'en'] as const)('/about/ (%s)', (edition) => {
      const html = page(`${prefix[edition]}/about/`);
      /** A section's markup: from its h2 to the next h2. */
      const section = (id: string) => {
        const start = html.indexOf(`<h2 id="${id}"`);
        expect(start, `#${id}`).toBeGreaterThan(0);
        const end = html.indexOf('<h2', start + 1);
        return html.slice(start, end < 0 ? undefined : end);
      };

      test('has its sections under stable anchors', () => {
        const anchors = [...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);
        for (const id of ['operator', 'unofficial', 'contact', 'terms', 'cite', 'updates'])
          expect(anchors).toContain(id);
      });

      test('names the operator and the contact, or says they are unset', () => {
        if (build.operator) {
          expect(asRead(section('operator'))).toContain(build.operator);
          expect(section('contact')).toContain(`<a href="mailto:${VARIANT_CONTACT}"`);
        } else {
          expect(asRead(section('operator'))).toContain(UNSET[edition].replace(' (a local build)', ''));
          expect(asRead(section('contact'))).toContain(UNSET[edition].replace(' (a local build)', ''));
          expect(section('contact')).not.toContain('mailto:');
        }
      });

      test('says the city neither made nor checks the site', () => {
        const text = asRead(section('unofficial'));
        expect(text).toContain(
          {
            ja: '熊本市の公式サイトではありません',
            easy: '熊本市のサイトではありません',
            en: 'not an official site of the City of Kumamoto',
          }[edition],
        );
        expect(text).toContain(
          { ja: '確認してもいません', easy: 'チェックしていません', en: 'neither made this site nor checks' }[edition],
        );
      });

      test('gives the licence of the site’s text and data, and says the documents are the city’s', () => {
        const terms = section('terms');
        expect(asRead(terms)).toContain('CC BY 4.0');
        expect(terms).toMatch(/href="https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/(deed\.ja)?"/);
        expect(asRead(terms)).toContain('PDL1.0');
        expect(asRead(terms)).toContain(
          { ja: '権利は熊本市にあります', easy: '熊本市のものです', en: "are the City of Kumamoto's" }[edition],
        );
      });

      test('shows how to cite, with an example that gives the address the build has', () => {
        const cite = asRead(section('cite'));
        const path = `${prefix[edition]}/fy2024/projects/c15a479c/`;
        if (build.operator) expect(cite).toContain(`${VARIANT_ADDRESS}${path}`);
        else {
          expect(cite).toContain(path);
          expect(cite).not.toContain(`http`);
        }
        expect(cite).toContain(
          {
            ja: '熊本市 計画エクスプローラー（非公式）「児童手当の拡充」',
            easy: '「児童手当を増やす」',
            en: 'Kumamoto Plan Explorer (unofficial), “Expanding the child allowance”',
          }[edition],
        );
      });

      test('lists the data updates of content/updates.json, newest first, in the edition’s words', () => {
        const updates = JSON.parse(readFileSync(join(build.project, 'content/updates.json'), 'utf8')) as Array<{
          date: string;
          version: string;
          changes: Record<Edition, string>;
        }>;
        const list = section('updates');
        const dates = [...list.matchAll(/<time datetime="([^"]+)"[^>]*>([\s\S]*?)<\/time>/g)];
        expect(dates.map((m) => m[1])).toEqual(updates.map((u) => u.date));
        // The dates as a reader reads them: 2026年12月7日, or 7 December 2026.
        const [y, m, d] = updates[0]!.date.split('-').map(Number);
        const months = [
          'January',
          'February',
          'March',
          'April',
          'May',
          'June',
          'July',
          'August',
          'September',
          'October',
          'November',
          'December',
        ];
        expect(asRead(dates[0]![2]!)).toBe(edition === 'en' ? `${d} ${months[m! - 1]} ${y}` : `${y}年${m}月${d}日`);
        const text = asRead(list);
        for (const u of updates) {
          expect(text).toContain(u.changes[edition]);
          expect(text).toContain(u.version);
        }
      });
    });

    test('/data/ gives the data date of its version from content/updates.json, the licence and the operator', () => {
      const updates = JSON.parse(readFileSync(join(build.project, 'content/updates.json'), 'utf8')) as Array<{
        date: string;
        version: string;
      }>;
      for (const edition of ['ja', 'easy', 'en'] as const) {
        const html = page(`${prefix[edition]}/data/`);
        const version = /<code[^>]*>([0-9a-f]{12})<\/code>/.exec(html)?.[1];
        const entry = updates.find((u) => u.version === version);
        expect(entry, `${edition}: data version ${version} is in content/updates.json`).toBeDefined();
        expect(html).toContain(`<time datetime="${entry!.date}"`);
        const text = asRead(html);
        expect(text).toContain('CC BY 4.0');
        expect(text).toContain(`${OPERATOR_LEAD[edition]}${build.operator ?? UNSET[edition]}`);
      }
    });

    test('the zip’s READMEs give the licence and the operator', () => {
      const archive = readFileSync(join(build.dir, 'data/kumamoto-plan-explorer-data.zip'));
      const files = unzip(archive);
      const readmes = Object.entries(files).filter(([name]) => /README(\.en|\.easy)?\.txt$/.test(name));
      expect(readmes).toHaveLength(3);
      for (const [name, text] of readmes) {
        expect(text, name).toContain('CC BY 4.0');
        expect(text, name).toContain('https://creativecommons.org/licenses/by/4.0/');
        expect(text, name).toContain(
          build.operator ??
            (name.endsWith('.en.txt') ? 'not set' : name.endsWith('.easy.txt') ? 'まだ決めていません' : '未設定'),
        );
      }
    });
  });
}

/** The files of a zip, read from its central directory (deflated or stored), as UTF-8 text. */
function unzip(archive: Buffer): Record<string, string> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const method = archive.readUInt16LE(at + 10);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extra = archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const local = archive.readUInt32LE(at + 42);
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = archive.subarray(start, start + size);
    files[name] = (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    at += 46 + nameLength + extra;
  }
  return files;
}
