/**
 * Fails the build on a curated reading (content/curated/furigana.json) whose word no やさしい日本語 page uses in its
 * own text: the text changed, and a person decides whether the word still belongs. Runs once the pages are written.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { FURIGANA_WORDS } from '../lib/data/furigana.ts';
import { rubyBaseText } from '../lib/presentation/ruby.ts';

export function furiganaCheck(): AstroIntegration {
  return {
    name: 'furigana-words-used',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const easy = join(fileURLToPath(dir), 'easy');
        const pages = (readdirSync(easy, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
        const text = pages.map((f) => rubyBaseText(readFileSync(join(easy, f), 'utf8'))).join('\n');
        const unused = FURIGANA_WORDS.filter((w) => !text.includes(w.word)).map((w) => `"${w.word}"`);
        if (unused.length)
          throw new Error(
            `content/curated/furigana.json: no やさしい日本語 page uses ${unused.join(', ')} in its own text; remove the word or reword the page`,
          );
      },
    },
  };
}
