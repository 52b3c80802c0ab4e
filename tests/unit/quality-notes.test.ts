/**
 * The data-quality notes are stored as kinds and facts and worded by the catalogs. The Japanese wording is published
 * (the quality page, quality-notes.csv), so it must stay word for word what it was when the parsers wrote the
 * sentences: the fixtures hold those sentences, checked by hand against the sources when they were written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { QualityNote } from '../../src/schemas/action-plan.ts';
import { RoadmapQualityNote } from '../../src/schemas/roadmap2013.ts';
import { noteWords } from '../../src/lib/i18n/notes.ts';
import { plain, segments } from '../../src/lib/format/marked.ts';

const root = join(import.meta.dirname, '..', '..');
const json = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const Expected = z.array(z.object({ id: z.string(), message: z.string(), resolution: z.string() }));

const DOCUMENTS = [
  { name: 'fy2024', notes: z.array(QualityNote).parse(json('content/fy2024/quality-notes.json')) },
  { name: '2013', notes: z.array(RoadmapQualityNote).parse(json('content/2013/quality-notes.json')) },
];

describe('quality notes', () => {
  for (const { name, notes } of DOCUMENTS) {
    it(`${name}: the Japanese wording of every note is the published sentence`, () => {
      const expected = Expected.parse(json(`tests/fixtures/quality-notes/${name}.json`));
      const worded = notes.map((n) => {
        const w = noteWords('ja', n);
        return { id: n.id, message: plain(w.message), resolution: plain(w.resolution) };
      });
      expect(worded).toEqual(expected);
    });

    it(`${name}: English words every note without Japanese outside the quoted originals`, () => {
      for (const n of notes) {
        const w = noteWords('en', n);
        for (const sentence of [w.message, w.resolution]) {
          const own = segments(sentence)
            .filter((s) => s.kind !== 'original')
            .map((s) => s.text)
            .join('');
          expect(own, n.id).not.toMatch(/[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/);
        }
      }
    });
  }

  it('English cites the lines it names (checked by hand: 市内の翻訳・通訳体制の強化, lines 222 and 862)', () => {
    const n = DOCUMENTS[0]!.notes.find((x) => x.kind === 'title-variant')!;
    const parts = segments(noteWords('en', n).message);
    expect(parts.filter((s) => s.kind === 'line')).toEqual([
      { kind: 'line', line: 222, text: 'line 222' },
      { kind: 'line', line: 862, text: 'line 862' },
    ]);
    expect(parts.filter((s) => s.kind === 'original').map((s) => s.text)).toEqual([
      '市内の翻訳・通訳体制の強化',
      '庁内の翻訳・通訳体制の強化',
    ]);
  });
});
