/**
 * Runs shell commands side by side and fails if any fails: the gate's static checks (types, lint, format, unit
 * tests) take one core each for a few seconds, so on a two-core machine two lines of them finish in about half the
 * time; the tests over the built files leave room for the reproducibility check's build beside them. Each
 * command's output is kept and printed whole when it ends, so the lines never interleave.
 * Usage: node scripts/parallel.ts '<command>' '<command>' …
 */
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
const results = await Promise.all(
  commands.map(
    (command) =>
      new Promise<{ command: string; code: number; output: string }>((resolve) => {
        const chunks: Buffer[] = [];
        const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.on('data', (d: Buffer) => chunks.push(d));
        child.stderr.on('data', (d: Buffer) => chunks.push(d));
        child.on('close', (code) => {
          const output = Buffer.concat(chunks).toString('utf8');
          process.stdout.write(`\n$ ${command}\n${output}`);
          resolve({ command, code: code ?? 1, output });
        });
      }),
  ),
);
const failed = results.filter((r) => r.code !== 0);
for (const r of failed) console.error(`parallel: failed (exit ${r.code}): ${r.command}`);
process.exit(failed.length ? 1 : 0);
