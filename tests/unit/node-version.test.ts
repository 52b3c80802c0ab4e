/**
 * The Node requirement: scripts/lib/node-version.sh (used by scripts/with-node.sh) accepts exactly the versions whose
 * plain `node` runs .ts files (22.18+ in the 22 line, 23.6+), package.json's engines says the same, and with-node.sh
 * picks the machine's node or the project-local one accordingly. Fake `node` scripts stand in for real ones.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const library = join(root, 'scripts/lib/node-version.sh');

const CASES: Array<[string, boolean]> = [
  ['v18.20.4', false],
  ['v20.19.0', false],
  ['v21.7.3', false],
  ['v22.12.0', false],
  ['v22.17.1', false],
  ['v22.18.0', true],
  ['v22.21.1', true],
  ['v23.0.0', false],
  ['v23.5.0', false],
  ['v23.6.0', true],
  ['v23.11.1', true],
  ['v24.0.0', true],
  ['v24.11.1', true],
  ['v25.2.0', true],
  ['garbage', false],
];

const temp = mkdtempSync(join(tmpdir(), 'kpe-node-version-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A shell script at path running `body`. */
function fake(path: string, body: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
}

const nodeOk = (node: string) => {
  try {
    execFileSync('bash', ['-c', 'source "$1" && node_ok "$2"', 'check', library, node], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
};

describe('Node requirement', () => {
  it('package.json engines is the range the shell check enforces', () => {
    const engines = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } })
      .engines.node;
    const stated = /^node_required="([^"]+)"$/m.exec(readFileSync(library, 'utf8'))?.[1];
    expect(engines).toBe('^22.18.0 || >=23.6.0');
    expect(stated).toBe(engines);
  });

  it.each(CASES)('node_ok accepts %s: %s', (version, ok) => {
    const node = join(temp, 'versions', version, 'node');
    fake(node, `echo ${version}`);
    expect(nodeOk(node)).toBe(ok);
  });

  it('node_ok refuses a node that is missing or fails', () => {
    fake(join(temp, 'broken', 'node'), 'exit 3');
    expect(nodeOk(join(temp, 'missing', 'node'))).toBe(false);
    expect(nodeOk(join(temp, 'broken', 'node'))).toBe(false);
  });

  // with-node.sh in a skeleton project: its dependencies already installed (so it runs no npm), a project-local
  // Node 24 in .tools/, and a machine `node` of the given version first on PATH; an `npm` that fails stands guard.
  const project = join(temp, 'project');
  beforeAll(() => {
    mkdirSync(join(project, 'scripts/lib'), { recursive: true });
    copyFileSync(join(root, 'scripts/with-node.sh'), join(project, 'scripts/with-node.sh'));
    copyFileSync(library, join(project, 'scripts/lib/node-version.sh'));
    writeFileSync(join(project, 'package-lock.json'), '{}\n');
    utimesSync(join(project, 'package-lock.json'), new Date(2000, 0, 1), new Date(2000, 0, 1));
    mkdirSync(join(project, 'node_modules'));
    writeFileSync(join(project, 'node_modules/.package-lock.json'), '{}\n');
    fake(join(project, '.tools/node/node_modules/.bin/node'), 'echo v24.99.0');
    fake(join(temp, 'no-npm', 'npm'), 'echo "npm must not run here" >&2; exit 1');
  });

  it.each(CASES.filter(([v]) => v !== 'garbage'))('with-node.sh with a machine node %s uses it: %s', (version, ok) => {
    const bin = join(temp, 'machine', version);
    fake(join(bin, 'node'), `echo ${version}`);
    const used = execFileSync('bash', [join(project, 'scripts/with-node.sh'), 'node', '--version'], {
      env: { ...process.env, PATH: `${bin}:${join(temp, 'no-npm')}:/usr/bin:/bin` },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
    expect(used).toBe(ok ? version : 'v24.99.0');
  });
});
