/**
 * The parsers record which text they read (file, line count, SHA-256), which the source pages publish and check the
 * file against. Expected values are content/sources/README.md's, written when the files were added.
 */
import { describe, expect, it } from 'vitest';
import { parseRoadmap2013 } from '../../scripts/roadmap2013/parse.ts';
import { FY2024_FILE, ROADMAP2013_FILE, fy2024Text, parseFy2024Text, roadmap2013Text } from './helpers.ts';

describe('the source record of each parse', () => {
  it('names the FY2024 file, its 1,466 lines and its SHA-256', () => {
    expect(parseFy2024Text(fy2024Text).plan.source).toEqual({
      file: FY2024_FILE,
      lines: 1466,
      sha256: 'f8d9e40f0e9a88a69b300e34e89cdc2ce0076cfe1c7f751404265fb1f0617416',
    });
  });

  it('names the 2013 file, its 457 lines and its SHA-256', () => {
    expect(parseRoadmap2013(ROADMAP2013_FILE, roadmap2013Text).roadmap.source).toEqual({
      file: ROADMAP2013_FILE,
      lines: 457,
      sha256: '424f045616e213778c736763ca63c019a5353c33419700776fdf99410b62e0dd',
    });
  });

  it('changes its SHA-256 with any change to the text, even one that parses the same', () => {
    const edited = fy2024Text.replace('児童手当の拡充', '児童手当の拡充 ');
    expect(parseFy2024Text(edited).plan.source.sha256).not.toBe(parseFy2024Text(fy2024Text).plan.source.sha256);
  });
});
