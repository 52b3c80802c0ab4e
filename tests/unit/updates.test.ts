/**
 * The dated data updates (content/updates.json): the schema a person's entry must pass, the version it is keyed by,
 * and the rule that never shows a wrong date (a deploy build of an undated version fails; a local one says unreleased).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataUpdates } from '../../src/schemas/updates.ts';
import { contentVersion, readUpdates, releaseDate } from '../../src/lib/files/datasets/version.ts';
import { root } from './helpers.ts';

const changes = { ja: '最初の公開。', easy: 'はじめて出しました。', en: 'First release.' };
const entry = (date: string, version: string) => ({ date, version, changes });

describe('the updates schema', () => {
  it('takes entries newest first, one per version', () => {
    const list = [
      entry('2026-12-07', 'aaaaaaaaaaaa'),
      entry('2026-12-07', 'bbbbbbbbbbbb'),
      entry('2026-11-21', 'cccccccccccc'),
    ];
    expect(DataUpdates.parse(list)).toEqual(list);
  });

  it('says what is wrong with an entry', () => {
    const issues = (list: unknown) => {
      const r = DataUpdates.safeParse(list);
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(issues([entry('2026-11-21', 'aaaaaaaaaaaa'), entry('2026-12-07', 'bbbbbbbbbbbb')])).toEqual([
      '1.date: 2026-12-07 comes after 2026-11-21: list the updates newest first',
    ]);
    expect(issues([entry('2026-12-07', 'aaaaaaaaaaaa'), entry('2026-11-21', 'aaaaaaaaaaaa')])).toEqual([
      '1.version: version aaaaaaaaaaaa is listed twice',
    ]);
    expect(issues([entry('2026-12-07', 'd8fe813a042')])[0]).toMatch(/^0\.version: the data version is 12 hex digits/);
    expect(issues([entry('2026-12-7', 'aaaaaaaaaaaa')])[0]).toMatch(/^0\.date: /);
    expect(issues([{ ...entry('2026-12-07', 'aaaaaaaaaaaa'), changes: { ja: 'あ', en: 'a', easy: ' ' } }])).toEqual([
      '0.changes.easy: say in a sentence what changed',
    ]);
    expect(issues([{ ...entry('2026-12-07', 'aaaaaaaaaaaa'), changes: { ja: 'あ', en: 'a' } }])[0]).toMatch(
      /^0\.changes\.easy: /,
    );
    expect(issues([])[0]).toMatch(/^: /);
  });

  it("holds the project's own list, whose dates are days the data changed", () => {
    const updates = readUpdates(root);
    expect(updates.length).toBeGreaterThanOrEqual(4);
    // The first release: the day the two documents were first parsed (git log -- content/: 2026-11-21).
    expect(updates.at(-1)!.date).toBe('2026-11-21');
  });
});

describe('the data version and its date', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpe-version-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'content', 'fy2024'), { recursive: true });
  writeFileSync(join(dir, 'content', 'plans.json'), '[]\n');
  writeFileSync(join(dir, 'content', 'fy2024', 'projects.json'), '[1]\n');
  writeFileSync(join(dir, 'content', 'fy2024', 'notes.txt'), 'not data\n');

  it('is 12 hex digits that change with the data, not with the updates list or other files', () => {
    const before = contentVersion(dir);
    expect(before).toMatch(/^[0-9a-f]{12}$/);
    writeFileSync(join(dir, 'content', 'updates.json'), JSON.stringify([entry('2026-12-07', before)]));
    writeFileSync(join(dir, 'content', 'fy2024', 'notes.txt'), 'still not data\n');
    expect(contentVersion(dir)).toBe(before);
    expect(readUpdates(dir)[0]!.version).toBe(before);
    writeFileSync(join(dir, 'content', 'fy2024', 'projects.json'), '[2]\n');
    expect(contentVersion(dir)).not.toBe(before);
    // A file's path counts too: the same bytes under another name are other data.
    writeFileSync(join(dir, 'content', 'fy2024', 'projects.json'), '[1]\n');
    expect(contentVersion(dir)).toBe(before);
    writeFileSync(join(dir, 'content', 'plans2.json'), readFileSync(join(dir, 'content', 'plans.json')));
    rmSync(join(dir, 'content', 'plans.json'));
    expect(contentVersion(dir)).not.toBe(before);
  });

  const updates = [entry('2026-12-07', 'aaaaaaaaaaaa'), entry('2026-11-21', 'bbbbbbbbbbbb')];

  it("is the date of the version's entry, in a local and a deploy build alike", () => {
    expect(releaseDate('bbbbbbbbbbbb', updates, false)).toBe('2026-11-21');
    expect(releaseDate('bbbbbbbbbbbb', updates, true)).toBe('2026-11-21');
  });

  it('is none for a version without an entry in a local build (the pages say unreleased)', () => {
    expect(releaseDate('cccccccccccc', updates, false)).toBeNull();
  });

  it('fails a deploy build of a version without an entry, saying what to add', () => {
    expect(() => releaseDate('cccccccccccc', updates, true)).toThrow(
      /^content\/updates\.json has no entry for data version cccccccccccc, and a deploy build \(SITE_URL is set\) must date its data: add one at the top, e\.g\. \{ "date": "YYYY-MM-DD", "version": "cccccccccccc", /,
    );
  });

  it('names the file and the entry when the list is wrong', () => {
    writeFileSync(join(dir, 'content', 'updates.json'), JSON.stringify([entry('2026-12-07', 'xyz')]));
    expect(() => readUpdates(dir)).toThrow(/^content\/updates\.json: 0\.version: the data version is 12 hex digits/);
  });
});
