/**
 * Writes the files pages registered while rendering (src/lib/files/emit.ts) into dist/ once every page is built.
 * Made a few at a time: an image is rendered off the main thread (resvg's renderAsync), so two at once keep both
 * cores busy, and more would only queue.
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { resetEmittedFiles, takeEmittedFiles } from '../lib/files/emit.ts';

const AT_ONCE = 4;

export function emittedFiles(): AstroIntegration {
  return {
    name: 'emitted-files',
    hooks: {
      'astro:build:start': () => resetEmittedFiles(),
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const queue = takeEmittedFiles();
        let next = 0;
        const worker = async () => {
          while (next < queue.length) {
            const [path, make] = queue[next++]!;
            const target = join(out, path);
            // A page's own file (its index.html) or a public/ file is never replaced by a made one.
            if (existsSync(target)) throw new Error(`emitted file ${path} would replace a file of the build`);
            const body = await make();
            mkdirSync(dirname(target), { recursive: true });
            writeFileSync(target, body);
          }
        };
        await Promise.all(Array.from({ length: AT_ONCE }, worker));
        logger.info(`${queue.length} files made by pages`);
      },
    },
  };
}
