/**
 * The CSV files opened as a Japanese newsroom opens them: in a spreadsheet on Japanese settings. Every cell must come
 * out as it was written: IDs and codes stay text (never 1月1日 or a number), numbers stay the numbers they were.
 *
 * The first test reads every cell against the patterns spreadsheets convert; the second opens every file in
 * LibreOffice Calc (ja-JP, standard import with special numbers detected, as a double-click does) and compares each
 * cell's type and content. Both read dist/ only (no browser). A machine without LibreOffice reports the second test as
 * skipped, with the reason; where it is required (KPE_REQUIRE_LIBREOFFICE=1, which .ci/run sets, or CI) its absence
 * fails the test.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { dist } from './site.ts';
import { csvFiles, readFods, spreadsheetReading } from './spreadsheet.ts';

test('no CSV cell reads as a date, number, boolean or formula to a spreadsheet, unless its column is a number', () => {
  const files = csvFiles(dist);
  // 12 files per plan, 7 of the 2013 roadmap (sub-item entries, the crosswalk and its rejected links among them), 2 of
  // the quality notes, the dictionary and the code table.
  expect(files.length).toBe(23);
  const wrong: string[] = [];
  let numbers = 0;
  for (const f of files)
    for (const [r, row] of f.rows.entries())
      for (const [c, cell] of row.entries()) {
        if (f.numeric[c]) {
          // A number column holds plain numbers (no separators, signs or units) or nothing.
          if (cell !== '' && !/^-?\d+(\.\d+)?$/.test(cell))
            wrong.push(`${f.file} row ${r + 2} ${f.header[c]}: "${cell}"`);
          else if (cell !== '') numbers++;
        } else {
          const reading = spreadsheetReading(cell);
          if (reading) wrong.push(`${f.file} row ${r + 2} ${f.header[c]}: "${cell}" reads as ${reading}`);
        }
      }
  expect(wrong).toEqual([]);
  expect(numbers).toBeGreaterThan(1000);
});

/** The LibreOffice binary, if this machine has one. */
function soffice(): string | undefined {
  for (const bin of ['soffice', 'libreoffice']) {
    const probe = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    if (probe.status === 0) return bin;
  }
  return undefined;
}

/** Whether this run must have LibreOffice: .ci/run sets KPE_REQUIRE_LIBREOFFICE=1 and installs it. */
const required = process.env['KPE_REQUIRE_LIBREOFFICE'] === '1' || Boolean(process.env['CI']);

// One LibreOffice start converts every file; starting it is slow on a busy machine (this checks behaviour, not speed).
test(
  'LibreOffice Calc on Japanese settings reads every CSV cell as written: IDs and codes as text, numbers as numbers',
  {
    timeout: 600_000,
  },
  (ctx) => {
    const bin = soffice();
    if (!bin) {
      if (required)
        throw new Error(
          'LibreOffice (soffice) is required here (KPE_REQUIRE_LIBREOFFICE=1 or CI) but not installed: .ci/run installs libreoffice-calc-nogui',
        );
      return ctx.skip(
        'LibreOffice (soffice) is not installed on this machine, so the spreadsheet round trip cannot run here',
      );
    }
    const files = csvFiles(dist);
    const work = mkdtempSync(join(tmpdir(), 'kpe-calc-'));
    try {
      const input = join(work, 'in');
      const output = join(work, 'out');
      mkdirSync(input);
      const names = files.map((f) => `${f.dataset.replace(/\//g, '__')}.csv`);
      files.forEach((f, i) => copyFileSync(join(dist, 'data', f.file), join(input, names[i]!)));
      // A control file converted alongside: the old IDs must still turn into a date and a number, or the import did
      // not run on Japanese settings and the comparison below would prove nothing.
      writeFileSync(join(input, 'control.csv'), '\uFEFFold,new\r\n1-1,measure-1-1\r\n19715850,project-19715850\r\n');
      // CSV import options: comma, double quote, UTF-8 (76), from line 1, standard column types, language ja-JP (1041),
      // quoted fields not forced to text, special numbers (dates, times, scientific notation) detected.
      const run = spawnSync(
        bin,
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
          '--infilter=CSV:44,34,76,1,,1041,false,true',
          '--convert-to',
          'fods',
          '--outdir',
          output,
          ...[...names, 'control.csv'].map((n) => join(input, n)),
        ],
        { encoding: 'utf8', env: { ...process.env, LANG: 'ja_JP.UTF-8' }, timeout: 540_000 },
      );
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
      expect(readdirSync(output).sort()).toEqual(
        [...names, 'control.csv'].map((n) => n.replace(/\.csv$/, '.fods')).sort(),
      );
      const control = readFods(readFileSync(join(output, 'control.fods'), 'utf8'));
      expect(control.slice(1).map((row) => row.map((c) => [c.type, c.text]))).toEqual([
        [
          ['date', '1月1日'],
          ['string', 'measure-1-1'],
        ],
        [
          ['float', '19715850'],
          ['string', 'project-19715850'],
        ],
      ]);
      const changed: string[] = [];
      let compared = 0;
      files.forEach((f, i) => {
        const sheet = readFods(readFileSync(join(output, names[i]!.replace(/\.csv$/, '.fods')), 'utf8'));
        expect(sheet.length, `${f.file}: rows`).toBe(f.rows.length + 1);
        expect(
          sheet[0]!.map((c) => c.text),
          `${f.file}: header`,
        ).toEqual(f.header);
        f.rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            const got = sheet[r + 1]![c] ?? { type: 'empty', value: undefined, text: '' };
            compared++;
            const where = `${f.file} row ${r + 2} ${f.header[c]}: "${cell}"`;
            if (cell === '') {
              if (got.type !== 'empty') changed.push(`${where} became ${got.type} "${got.text}"`);
            } else if (f.numeric[c]) {
              if (got.type !== 'float' || Number(got.value) !== Number(cell))
                changed.push(`${where} became ${got.type} ${got.value ?? got.text}`);
            } else if (got.type !== 'string' || got.text !== cell) {
              changed.push(`${where} became ${got.type} "${got.text}"`);
            }
          }),
        );
      });
      expect(changed).toEqual([]);
      expect(compared).toBeGreaterThan(10_000);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
);
