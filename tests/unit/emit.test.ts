import { afterEach, describe, expect, it } from 'vitest';
import { emitFile, resetEmittedFiles, takeEmittedFiles } from '../../src/lib/files/emit.ts';

afterEach(() => resetEmittedFiles());

describe('files pages make while they render', () => {
  it('are handed over in path order, once', async () => {
    emitFile('/fy2024/visions/2/budget.csv', () => 'b');
    emitFile('/en/fy2024/visions/1/budget.csv', () => 'a');
    const taken = takeEmittedFiles();
    expect(taken.map(([path]) => path)).toEqual(['/en/fy2024/visions/1/budget.csv', '/fy2024/visions/2/budget.csv']);
    expect(await taken[1]![1]()).toBe('b');
    expect(takeEmittedFiles()).toEqual([]);
  });

  it('refuse a path registered twice', () => {
    emitFile('/og/fy2024.png', () => new Uint8Array([1]));
    expect(() => emitFile('/og/fy2024.png', () => new Uint8Array([2]))).toThrow(/two files at \/og\/fy2024\.png/);
  });

  it('refuse paths outside the site or without a file name', () => {
    for (const path of ['fy2024/a.csv', '/fy2024/', '/fy2024/../../etc/passwd.txt', '/a b.csv', '//host/x.png', '/x'])
      expect(() => emitFile(path, () => ''), path).toThrow(/not a site path/);
  });
});
