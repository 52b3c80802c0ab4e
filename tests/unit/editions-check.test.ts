/**
 * The data build's check of the translated editions' curated files (scripts/editions/check.ts): a translation whose
 * Japanese original changed, a record without a translation, one the data no longer has, and a summary where the
 * edition shows a title only are each reported with the file and the record; a file that matches passes.
 */
import { describe, expect, it } from 'vitest';
import { editionProblems } from '../../scripts/editions/check.ts';
import type { Original } from '../../scripts/editions/originals.ts';
import type { EditionFile } from '../../src/schemas/editions.ts';

// Two records as the data gives them: the child-allowance project (FY2024 line 118 and its description, line 120)
// and a crosswalk note, shown by their wording only.
const ORIGINALS: Original[] = [
  { id: 'project:c15a479c', jaTitle: '児童手当の拡充', jaText: '支給対象を高校生まで拡充します。', summary: true },
  { id: 'link-note:2-1', jaTitle: '「水」を打ち出す点が共通します。', jaText: '', summary: false },
];

const file = (records: EditionFile['records']): EditionFile => ({ edition: 'en', plan: 'fy2024', about: '', records });
const project = {
  id: 'project:c15a479c',
  jaTitle: '児童手当の拡充',
  jaText: '支給対象を高校生まで拡充します。',
  title: 'Expanding the child allowance',
  summary: 'The city extends the child allowance to high school students.',
};
const note = {
  id: 'link-note:2-1',
  jaTitle: '「水」を打ち出す点が共通します。',
  jaText: '',
  title: 'Both feature water.',
};

describe('the editions check', () => {
  it('passes a file that words every record from its current original', () => {
    expect(editionProblems('en.json', file([project, note]), ORIGINALS)).toEqual([]);
  });

  it('reports a changed title or text, naming the file and the record', () => {
    const changed = editionProblems('en.json', file([{ ...project, jaTitle: '児童手当の支給' }, note]), ORIGINALS);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^en\.json: project:c15a479c: the Japanese title is now 「児童手当の拡充」/);
    const text = editionProblems('en.json', file([{ ...project, jaText: '支給します。' }, note]), ORIGINALS);
    expect(text).toHaveLength(1);
    expect(text[0]).toMatch(/project:c15a479c: the Japanese text it sums up changed/);
    const noteChanged = editionProblems('en.json', file([project, { ...note, jaTitle: '違う文。' }]), ORIGINALS);
    expect(noteChanged[0]).toMatch(/link-note:2-1: the Japanese title is now/);
  });

  it('reports a missing record, one the data does not have, and a summary where none belongs', () => {
    expect(editionProblems('en.json', file([project]), ORIGINALS)).toEqual([
      'en.json: link-note:2-1 (「「水」を打ち出す点が共通します。」) has no en title: add it',
    ]);
    expect(
      editionProblems('en.json', file([project, note, { ...note, id: 'item:131' }]), ORIGINALS).some((p) =>
        p.includes('item:131: no such record'),
      ),
    ).toBe(true);
    expect(editionProblems('en.json', file([project, { ...note, summary: 'x' }]), ORIGINALS)).toEqual([
      'en.json: link-note:2-1: is shown by its title only; remove the summary',
    ]);
    expect(editionProblems('en.json', file([{ ...project, summary: undefined }, note]), ORIGINALS)).toEqual([
      'en.json: project:c15a479c: needs a summary',
    ]);
  });
});
