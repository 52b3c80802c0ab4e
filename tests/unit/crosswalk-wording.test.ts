/** How the crosswalk's links are grouped and worded on a page (src/lib/format/crosswalk.ts). */
import { describe, expect, it } from 'vitest';
import { groupLinks, linkGroup, targetPrefix } from '../../src/lib/format/crosswalk.ts';

describe('crosswalk links on a page', () => {
  it('words a successor as 後継事業 and a related link by what it points at', () => {
    expect(linkGroup({ kind: 'project', strength: 'successor' })).toBe('successor');
    expect(linkGroup({ kind: 'table', strength: 'successor' })).toBe('successor');
    expect(linkGroup({ kind: 'project', strength: 'related' })).toBe('related');
    expect(linkGroup({ kind: 'table', strength: 'related' })).toBe('related');
    expect(linkGroup({ kind: 'measure', strength: 'related' })).toBe('measure');
    expect(linkGroup({ kind: 'vision', strength: 'related' })).toBe('vision');
  });

  it('lists the groups strongest first, each in the curated order, and leaves empty groups out', () => {
    const links = [
      { kind: 'measure', strength: 'related', id: 'a' },
      { kind: 'project', strength: 'related', id: 'b' },
      { kind: 'project', strength: 'successor', id: 'c' },
      { kind: 'table', strength: 'related', id: 'd' },
    ] as const;
    expect(groupLinks(links).map((g) => [g.heading, g.links.map((l) => l.id)])).toEqual([
      ['後継事業', ['c']],
      ['関連する取組', ['b', 'd']],
      ['関連する施策', ['a']],
    ]);
  });

  it('says when a target is a table', () => {
    expect(targetPrefix({ kind: 'table' })).toBe('表：');
    expect(targetPrefix({ kind: 'project' })).toBe('');
  });
});
