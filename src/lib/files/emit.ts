/**
 * Files a page makes while it renders — its share image, its charts' and tables' downloads — written into dist/ once
 * the build is done (src/integrations/emitted-files.ts). The page already holds the facts such a file is made of; an
 * endpoint would have to load and compute them a second time, and could drift from what the page shows.
 *
 * Astro renders the pages in the build's own process but from its own bundle, so a module-level variable here would
 * be a different one from the integration's: the registry lives on globalThis under a registered symbol.
 */

/** What a file is made of: text (CSV, SVG) or bytes (PNG), possibly made later, e.g. an image rendered off-thread. */
export type FileBody = string | Uint8Array;
export type MakeFile = () => FileBody | Promise<FileBody>;

interface Registry {
  files: Map<string, MakeFile>;
}

const KEY = Symbol.for('kumamoto-plan-explorer.emitted-files');

function registry(): Registry {
  const holder = globalThis as { [KEY]?: Registry };
  return (holder[KEY] ??= { files: new Map() });
}

/** A path a page may write: root-relative, no `..`, no trailing slash (the pages' own index.html files are Astro's). */
const SAFE_PATH = /^\/(?:[\w.-]+\/)*[\w-][\w.-]*\.[a-z0-9]+$/;

/**
 * Registers a file at a site path (e.g. `/fy2024/visions/1/budget.csv`). Fails on a path outside the site and on a
 * path registered twice, since two pages (or two figures) writing one file would silently lose one of them.
 */
export function emitFile(path: string, make: MakeFile): void {
  if (!SAFE_PATH.test(path) || path.split('/').includes('..'))
    throw new Error(`emitFile: "${path}" is not a site path of a file (e.g. /fy2024/visions/1/budget.csv)`);
  const { files } = registry();
  if (files.has(path)) throw new Error(`emitFile: two files at ${path}; give each figure or table its own name`);
  files.set(path, make);
}

/** The registered files, in path order, and a fresh registry for the next build (the integration's side). */
export function takeEmittedFiles(): [string, MakeFile][] {
  const { files } = registry();
  const taken = [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  files.clear();
  return taken;
}

/** Forget anything a previous build in this process registered. */
export function resetEmittedFiles(): void {
  registry().files.clear();
}

/**
 * Registers a file of the page being rendered, in a build only: the dev server renders a page on every request and
 * writes no files, so there a second visit would register the same path twice. Pages and components call this one.
 */
export function emitPageFile(path: string, make: MakeFile): void {
  if (import.meta.env.PROD) emitFile(path, make);
}
