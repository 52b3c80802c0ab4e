/**
 * Parser resilience: a few hundred mutations of each source (delete, duplicate or swap lines, change digits, insert
 * noise, truncate) with a fixed seed. Every run must end either in a dataset that keeps every invariant — nothing
 * smaller than the original — or in a ParseError naming a line. Never another exception, never a hang.
 * The work is fixed by count (RUNS mutations per source), never by time: the runs of one source take about 5 s on
 * an idle two-core machine and several times that on a busy one, so the timeout is there only to stop a hang.
 */
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../scripts/lib/source.ts';
import { parseRoadmap2013 } from '../../scripts/roadmap2013/parse.ts';
import { ROADMAP2013_FILE, fy2024Text, parseFy2024Text, roadmap2013Shape, roadmap2013Text } from './helpers.ts';

/** mulberry32: a small seeded generator, so every run mutates the same way. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOISE = [
  '熊本市の取組',
  '※ 注記',
  '☑ 指標',
  '12,345',
  '(仮称)',
  '・',
  '\t\t',
  '<li>項目</li>',
  '①. 分野',
  '地域 まちづくり 推進',
  '　',
  '⇒',
];

type Mutation = { kind: string; line: number; apply: (lines: string[]) => void };

function mutation(rand: () => number, lines: readonly string[]): Mutation {
  const pick = () => Math.floor(rand() * lines.length);
  const at = pick();
  const kinds: Array<() => Mutation> = [
    () => ({ kind: 'delete', line: at + 1, apply: (l) => void l.splice(at, 1) }),
    () => ({ kind: 'duplicate', line: at + 1, apply: (l) => void l.splice(at, 0, l[at]!) }),
    () => ({
      kind: 'swap-adjacent',
      line: at + 1,
      apply: (l) => void ([l[at], l[at + 1]] = [l[at + 1] ?? '', l[at]!]),
    }),
    () => {
      const other = pick();
      return {
        kind: `swap-with-${other + 1}`,
        line: at + 1,
        apply: (l) => void ([l[at], l[other]] = [l[other]!, l[at]!]),
      };
    },
    () => ({
      kind: 'change-digit',
      line: at + 1,
      apply: (l) => {
        const digits = [...l[at]!.matchAll(/\d/g)];
        if (!digits.length) return;
        const d = digits[Math.floor(rand() * digits.length)]!;
        l[at] =
          l[at]!.slice(0, d.index) +
          String((Number(d[0]) + 1 + Math.floor(rand() * 8)) % 10) +
          l[at]!.slice(d.index + 1);
      },
    }),
    () => {
      const noise = NOISE[Math.floor(rand() * NOISE.length)]!;
      return { kind: `insert "${noise}"`, line: at + 1, apply: (l) => void l.splice(at, 0, noise) };
    },
    () => ({ kind: 'truncate', line: at + 1, apply: (l) => void l.splice(at) }),
  ];
  return kinds[Math.floor(rand() * kinds.length)]!();
}

interface Outcome {
  parsed: number;
  refused: number;
}

function fuzz<T>(
  text: string,
  runs: number,
  seed: number,
  parse: (text: string) => T,
  check: (data: T, mutated: string) => void,
): Outcome {
  const rand = random(seed);
  const original = text.split('\n');
  const outcome: Outcome = { parsed: 0, refused: 0 };
  for (let run = 0; run < runs; run++) {
    const lines = [...original];
    const m = mutation(rand, lines);
    m.apply(lines);
    const mutated = lines.join('\n');
    let data: T;
    try {
      data = parse(mutated);
    } catch (error) {
      if (error instanceof ParseError && error.line >= 1) {
        outcome.refused++;
        continue;
      }
      throw new Error(`run ${run} (${m.kind} at line ${m.line}): not a ParseError: ${String(error)}`, { cause: error });
    }
    try {
      check(data, mutated);
    } catch (error) {
      throw new Error(`run ${run} (${m.kind} at line ${m.line}): parsed, but ${(error as Error).message}`, {
        cause: error,
      });
    }
    outcome.parsed++;
  }
  return outcome;
}

/** Mutations per source, and a timeout with ample headroom above what they take. */
const RUNS = 300;
const TIMEOUT = 120_000;

const fyOriginal = parseFy2024Text(fy2024Text);
const roadmapOriginal = parseRoadmap2013(ROADMAP2013_FILE, roadmap2013Text, roadmap2013Shape);

describe('parser resilience under mutation', () => {
  it(
    'FY2024: every mutation parses to a full dataset or fails with a line',
    () => {
      const outcome = fuzz(fy2024Text, RUNS, 20241121, parseFy2024Text, (data, mutated) => {
        const figures = [...mutated.matchAll(/\d[\d,]*千円/g)].length;
        if (data.figures.length !== figures)
          throw new Error(`${data.figures.length} figures accounted for, ${figures} in the text`);
        const listings = data.projects.reduce((n, p) => n + p.appearances.length, 0);
        if (listings !== fyOriginal.plan.totals.appearances)
          throw new Error(`${listings} listings, not ${fyOriginal.plan.totals.appearances}`);
        if (data.projects.length !== fyOriginal.projects.length)
          throw new Error(`${data.projects.length} projects, not ${fyOriginal.projects.length}`);
      });
      expect(outcome.parsed + outcome.refused).toBe(RUNS);
      // Both outcomes occur: the fuzzer reaches harmless and harmful mutations.
      expect(outcome.parsed).toBeGreaterThan(20);
      expect(outcome.refused).toBeGreaterThan(20);
    },
    TIMEOUT,
  );

  it(
    '2013: every mutation parses to a full dataset or fails with a line',
    () => {
      const count = (d: typeof roadmapOriginal) =>
        d.items.reduce((n, i) => n + i.subitems.length, 0) + d.relistings.reduce((n, r) => n + r.subitems.length, 0);
      const outcome = fuzz(
        roadmap2013Text,
        RUNS,
        2013,
        (t) => parseRoadmap2013(ROADMAP2013_FILE, t, roadmap2013Shape),
        (data) => {
          if (data.items.length !== 130) throw new Error(`${data.items.length} items`);
          if (count(data) !== count(roadmapOriginal))
            throw new Error(`${count(data)} sub-items, not ${count(roadmapOriginal)}`);
        },
      );
      expect(outcome.parsed + outcome.refused).toBe(RUNS);
      expect(outcome.parsed).toBeGreaterThan(20);
      expect(outcome.refused).toBeGreaterThan(20);
    },
    TIMEOUT,
  );
});
