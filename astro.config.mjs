// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  // Absolute base of canonical URLs and the sitemap. Set SITE_URL to the public address when building for deployment.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
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
  integrations: [mdx()],
  // One stylesheet for the whole site: cached once, instead of a few small files per page.
  vite: { cacheDir: './.build/vite-cache', build: { cssCodeSplit: false } },
});
