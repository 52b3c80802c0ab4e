/**
 * Runs on every page as it is rendered at build time: the first use of each glossary term in the main text links to
 * its entry (src/lib/presentation/glossary-links.ts), then headings, table headers and navigation get <wbr> between their phrases
 * (src/lib/presentation/phrases.ts), and last the やさしい日本語 pages get ふりがな on every kanji of their own text
 * (src/lib/presentation/ruby.ts; after the phrase breaks, which then never fall between a kanji and its reading).
 * Doing it here rather than in each component covers every page, including ones added later, with nothing to
 * remember. Data files and other endpoints pass through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { addPhraseBreaks } from './lib/presentation/phrases.ts';
import { glossaryLinksFor } from './lib/presentation/glossary-links.ts';
import { addRuby } from './lib/presentation/ruby.ts';
import { rubyReader } from './lib/presentation/analyser.ts';
import { FURIGANA_WORDS } from './lib/data/furigana.ts';
import { editionOf } from './lib/i18n/editions.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  let html = await response.text();
  html = glossaryLinksFor(context.url.pathname, html);
  html = addPhraseBreaks(html);
  if (editionOf(context.url.pathname) === 'easy') html = addRuby(html, await rubyReader(FURIGANA_WORDS));
  return new Response(html, response);
});
