import { describe, expect, it } from 'vitest';
import { ROADMAP, ROADMAP_FIRST, ROADMAP_NAME_NOTE, quoted, roadmapItemName } from '../../src/lib/format/strings.ts';

describe('quoting a title in running text', () => {
  it('wraps a plain title in 「」', () => {
    expect(quoted('児童手当の拡充')).toBe('「児童手当の拡充」');
    expect(quoted('(仮称)環境影響評価条例制定に向けた方針策定')).toBe('「(仮称)環境影響評価条例制定に向けた方針策定」');
  });

  it('leaves a title that begins or ends with a bracket as printed', () => {
    expect(quoted('「10分・20分構想」の推進')).toBe('「10分・20分構想」の推進');
    expect(quoted('「結婚支援センター」の開設')).toBe('「結婚支援センター」の開設');
    expect(quoted('北区「北区の魅力！」')).toBe('北区「北区の魅力！」');
    expect(`最も増えたのは${quoted('「10分・20分構想」の推進')}で`).not.toContain('「「');
  });
});

describe('the 2013 document’s names', () => {
  it('has one short name, and its own name on first mention', () => {
    expect(ROADMAP).toBe('2013年の行程表');
    expect(ROADMAP_FIRST).toBe('2013年の行程表（挑戦元年アクションプラン）');
    expect(roadmapItemName(44)).toBe('2013年の行程表 No.44');
  });

  it('explains 挑戦元年 without saying more than the document does', () => {
    expect(ROADMAP_NAME_NOTE).toContain('挑戦元年アクションプラン');
    expect(ROADMAP_NAME_NOTE).toContain('資料に書かれていません');
    expect(ROADMAP_NAME_NOTE).not.toMatch(/市長|公約|マニフェスト/);
  });
});
