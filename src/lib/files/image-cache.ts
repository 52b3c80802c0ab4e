/**
 * Rendered images kept between builds, by the hash of everything that makes them: the SVG handed to resvg (for a
 * card, its glyph outlines and layout too), the size asked for, and the versions of resvg, the font package and the
 * PNG writer. Drawing the SVG is cheap (a few ms); rasterising and encoding it is most of an image's time, so a
 * rebuild that changes a handful of pages renders a handful of images. A cached file holds exactly the bytes a fresh
 * render gives, so two builds stay identical whether or not the cache was warm.
 *
 * The cache lives in the project's .build/ (images/), never in dist/ or node_modules/; deleting it is always safe.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PNG_WRITER } from './png.ts';

const require = createRequire(import.meta.url);
const version = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;

/** What, besides the SVG, decides the bytes of an image. */
const RENDERER = [
  `@resvg/resvg-js ${version('@resvg/resvg-js')}`,
  `@expo-google-fonts/biz-udpgothic ${version('@expo-google-fonts/biz-udpgothic')}`,
  PNG_WRITER,
].join('\n');

/** The project's image cache, for builds run from the project's folder (as the pipeline runs `astro build`). */
export const IMAGE_CACHE_DIR = join(process.cwd(), '.build', 'images');

/**
 * The image for `svg` rendered with `options`: read from `dir` when a build made it before, else made by `render`
 * and written there (to a temporary name first, so a build that stops half way leaves no partial file).
 */
export async function cachedImage(
  dir: string,
  svg: string,
  options: string,
  render: () => Promise<Uint8Array>,
): Promise<Uint8Array> {
  const key = createHash('sha256').update(`${RENDERER}\n${options}\n${svg}`).digest('hex');
  const file = join(dir, `${key}.png`);
  try {
    return new Uint8Array(readFileSync(file));
  } catch {
    // Not rendered before.
  }
  const png = await render();
  mkdirSync(dir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, png);
  renameSync(temporary, file);
  return png;
}
