// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { OPERATOR_UNSET_NOTE, siteOperator, siteUrl } from './src/lib/config/site.ts';
import { datasetVersion } from './src/lib/files/datasets/version.ts';
import { furiganaCheck } from './src/integrations/furigana.ts';
import { emittedFiles } from './src/integrations/emitted-files.ts';

// The public address (SITE_URL), only for a build that is deployed: without it no page carries an absolute URL to
// the site (no canonical, no og:url, no sitemap), rather than a guessed one. See src/lib/config/site.ts.
const site = siteUrl();
// Who runs the site (SITE_OPERATOR, SITE_CONTACT): required with the public address, so a deploy stops here, before
// any page is rendered, rather than publish a site that looks like the city's and names no one.
const operator = siteOperator();
// A deploy must date its data (content/updates.json): fail now, not after the pages, when the version has no entry.
if (site) datasetVersion();

/** Says once per build, not once per page, that a local build names no operator. */
const operatorNote = () => ({
  name: 'operator-note',
  hooks: {
    /** @param {{ logger: import('astro').AstroIntegrationLogger }} options */
    'astro:build:start': ({ logger }) => {
      if (!operator) logger.warn(OPERATOR_UNSET_NOTE);
    },
  },
});

export default defineConfig({
  ...(site ? { site: site.href } : {}),
  // Build caches (the content data store, Vite's dependency bundle) in the project, not in node_modules/: checkouts
  // and the throwaway copies of scripts/lib/workspace.ts link one node_modules, and a shared cache lets one build read
  // another's content or one clear it under another.
  cacheDir: './.build/astro-cache',
  // Every page is a folder with index.html, so permalinks end in a slash and work from any static host.
  trailingSlash: 'always',
  // Stylesheets as files, never inline, so the Content-Security-Policy needs no 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No telemetry, no third-party requests: the site must work offline from dist/.
  devToolbar: { enabled: false },
  // The prose keeps its apostrophes and quotation marks as typed (straight), like the catalogs' English text.
  integrations: [mdx({ smartypants: false }), furiganaCheck(), operatorNote(), emittedFiles()],
  // One stylesheet for the whole site: cached once, instead of a few small files per page. Nothing inlined (Astro
  // would inline a small script such as the crosswalk's), so every script is a file the Content-Security-Policy allows.
  vite: { cacheDir: './.build/vite-cache', build: { cssCodeSplit: false, assetsInlineLimit: 0 } },
});
