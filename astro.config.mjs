// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  // Every page is a folder with index.html, so permalinks end in a slash and work from any static host.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No telemetry, no third-party requests: the site must work offline from dist/.
  devToolbar: { enabled: false },
});
