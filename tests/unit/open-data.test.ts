/**
 * Open-data building blocks that need no build: URLs with and without the public address, the CSV columns a row
 * schema declares, and the zip writer (read back entry by entry, byte for byte, and identical when written twice).
 */
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openDataUrl } from '../../src/lib/config/urls.ts';
import { toCsv } from '../../src/lib/files/csv.ts';
import { csvColumns } from '../../src/lib/files/datasets/columns.ts';
import { zip } from '../../src/lib/files/zip.ts';
import { CrosswalkRow, MeasureRow, TableCellRow, VisionRow } from '../../src/schemas/open-data.ts';

describe('URLs in open data', () => {
  it('are absolute with the public address and site paths without it', () => {
    expect(openDataUrl('/fy2024/projects/c15a479c/', { SITE_URL: 'https://plans.example.jp' })).toBe(
      'https://plans.example.jp/fy2024/projects/c15a479c/',
    );
    expect(openDataUrl('/2013/items/47/', {})).toBe('/2013/items/47/');
    expect(openDataUrl('/2013/items/47/', { SITE_URL: ' ' })).toBe('/2013/items/47/');
  });
});

describe('CSV columns from the row schemas', () => {
  // The CSV forms are the README's: `project-<id>` and `measure-<n>-<m>`, so a spreadsheet keeps every ID as text.
  const csv = (schema: Parameters<typeof csvColumns>[0], rows: Array<Record<string, unknown>>) =>
    toCsv(csvColumns(schema), rows).slice(1).split('\r\n');

  it("hold the schema's columns in order under their Japanese names, and the IDs in their CSV form", () => {
    const measure = {
      id: '1-1',
      vision_id: 'vision-1',
      vision_title: 'ビジョン1',
      title: '施策',
      summary: '概要',
      line: 9,
    };
    expect(csv(MeasureRow, [measure])).toEqual([
      '施策ID,ビジョンID,ビジョン,施策名,概要,施策の行',
      'measure-1-1,vision-1,ビジョン1,施策,概要,9',
      '',
    ]);
  });

  it('leave out the lists kept in the JSON only', () => {
    const header = csv(VisionRow, [])[0]!;
    expect(header.split(',')).not.toContain('めざす姿と取組の方向性');
    expect(header.split(',')).not.toContain('関連するビジョン');
    expect(header.split(',')).not.toContain('事業ID');
    expect(header.split(',')).toContain('ビジョン名');
  });

  it("write a column whose form depends on another in the other's terms", () => {
    const link = { item_no: 1, item_title: '項目', status: 'related', status_label: '関連のみ' };
    const rows = [
      { ...link, successor_kind: 'project', successor_id: '19715850' },
      { ...link, successor_kind: 'measure', successor_id: '2-3' },
      { ...link, successor_kind: 'vision', successor_id: 'vision-4' },
      { ...link, successor_kind: 'table', successor_id: 'school-staffing' },
      { ...link, successor_kind: null, successor_id: null },
    ];
    const column = csv(CrosswalkRow, rows)[0]!.split(',').indexOf('対応先のID');
    expect(
      csv(CrosswalkRow, rows)
        .slice(1, -1)
        .map((line) => line.split(',')[column]),
    ).toEqual(['project-19715850', 'measure-2-3', 'vision-4', 'school-staffing', '']);
    const cells = [{ attached_to: 'vision-5' }, { attached_to: 'c15a479c' }];
    const owner = csv(TableCellRow, cells)[0]!.split(',').indexOf('表が属する事業・ビジョンのID');
    expect(
      csv(TableCellRow, cells)
        .slice(1, -1)
        .map((line) => line.split(',')[owner]),
    ).toEqual(['vision-5', 'project-c15a479c']);
  });
});

describe('zip', () => {
  const files = [
    { name: 'data/README.txt', data: Buffer.from('\uFEFF熊本市 計画エクスプローラー\r\n', 'utf8') },
    { name: 'data/fy2024/measures.csv', data: Buffer.from('施策ID\r\nmeasure-1-1\r\n'.repeat(50), 'utf8') },
    { name: 'data/empty.json', data: Buffer.alloc(0) },
  ];
  const when = new Date('2024-06-30T00:00:00Z');

  it('holds each file under its name, deflated, with its size and the given date', () => {
    const archive = Buffer.from(zip(files, when));
    const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    expect(archive.readUInt16LE(end + 10)).toBe(3);
    let at = archive.readUInt32LE(end + 16);
    for (const file of files) {
      expect(archive.readUInt32LE(at)).toBe(0x02014b50);
      const nameLength = archive.readUInt16LE(at + 28);
      expect(archive.subarray(at + 46, at + 46 + nameLength).toString('utf8')).toBe(file.name);
      expect(archive.readUInt16LE(at + 10)).toBe(8);
      expect(archive.readUInt32LE(at + 24)).toBe(file.data.length);
      // MS-DOS date: (2024 − 1980) << 9 | 6 << 5 | 30.
      expect(archive.readUInt16LE(at + 14)).toBe((44 << 9) | (6 << 5) | 30);
      const local = archive.readUInt32LE(at + 42);
      expect(archive.readUInt32LE(local)).toBe(0x04034b50);
      const start = local + 30 + archive.readUInt16LE(local + 26);
      const data = inflateRawSync(archive.subarray(start, start + archive.readUInt32LE(at + 20)));
      expect(data.equals(file.data)).toBe(true);
      at += 46 + nameLength;
    }
  });

  it('is the same bytes when written twice', () => {
    expect(Buffer.from(zip(files, when)).equals(Buffer.from(zip(files, when)))).toBe(true);
  });
});
