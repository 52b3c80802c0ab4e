/**
 * Runs on every page as it is rendered at build time: headings, table headers and navigation get <wbr> between their
 * phrases (src/lib/phrases.ts). Doing it here rather than in each component covers every heading and label of every
 * page, including ones added later, with nothing to remember. Data files and other endpoints pass through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { addPhraseBreaks } from './lib/phrases.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(addPhraseBreaks(await response.text()), response);
});
