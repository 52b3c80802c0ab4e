/**
 * The two builds the tests read, side by side: the default build (`npm run build`, dist/) and the variant build
 * (`npm run build:variant`, .build/variant/dist/). They share no files, and on two cores building them at the same
 * time takes about two thirds of building them one after the other (much of a build waits on the disk or runs in
 * one thread). Each build's output is printed once it ends; the script fails if either build does.
 * Usage: node scripts/build-test-sites.ts (npm run build:test)
 */
import { spawn } from 'node:child_process';
import { projectRoot } from './pipeline.ts';

const BUILDS = [
  { name: 'default build', script: 'scripts/pipeline.ts' },
  { name: 'variant build', script: 'scripts/build-variant.ts' },
];

function run({ name, script }: (typeof BUILDS)[number]): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += String(chunk)));
    child.stderr.on('data', (chunk: Buffer) => (output += String(chunk)));
    child.on('close', (code) => {
      console.log(`── ${name} (${script}): ${code === 0 ? 'done' : `failed (${code})`}\n${output.trimEnd()}`);
      resolve(code === 0);
    });
  });
}

const ok = await Promise.all(BUILDS.map(run));
if (ok.includes(false)) process.exit(1);
