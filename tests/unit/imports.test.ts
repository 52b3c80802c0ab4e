/**
 * The import rules of src/ and scripts/, read from the files themselves (every .ts, .mjs, .astro frontmatter and
 * script, and .mdx import): src/ never imports scripts/; each folder of src/lib imports only the layers below it; code
 * that runs in the browser reaches nothing that needs Node, Astro or the build's data; and the data build (scripts/,
 * plain Node) reaches nothing that needs Astro. A failure names the file and the import.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/**
 * What each layer may import besides itself, bottom first (README, "Repository layout"). `content` is the committed
 * data (the plan registry is a JSON import). Pages, components, layouts and the middleware sit above all of them.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  schemas: [],
  charts: [],
  format: ['schemas'],
  search: ['schemas', 'format'],
  browser: ['schemas', 'format', 'search'],
  config: ['schemas', 'content'],
  i18n: ['schemas', 'format', 'config'],
  presentation: ['schemas', 'charts', 'format', 'config', 'i18n'],
  data: ['schemas', 'format', 'config', 'i18n', 'content'],
  files: ['schemas', 'format', 'config', 'i18n', 'data'],
};

/** Layers whose code must also run in the browser or under plain Node: no Node module, no Astro module. */
const PORTABLE = new Set(['schemas', 'charts', 'format', 'search', 'browser', 'i18n']);

/** What code in the page (src/lib/browser/, a component's `<script>`) may import at run time. */
const BROWSER = ['format', 'search', 'browser'];

/** One import: where it is, what it names, and whether it is erased at compile time (`import type`). */
interface Import {
  /** The importing file, relative to the project, with the part it sits in (`<script>` of an .astro file). */
  from: string;
  /** Browser code: a file of src/lib/browser/ or a component's `<script>`. */
  browser: boolean;
  specifier: string;
  /** The imported file relative to the project, for a relative specifier; else undefined (a package). */
  target: string | undefined;
  typeOnly: boolean;
}

const IMPORT =
  /(?:^|[\s;])(import|export)\s+(type\s+)?(?:([\w*{}\s,$]+?)\s+from\s+)?['"]([^'"\n]+)['"]|import\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/** The imports of a piece of code (comments removed first, so an example in a comment is not an import). */
export function importsOf(code: string): Array<{ specifier: string; typeOnly: boolean }> {
  const text = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...text.matchAll(IMPORT)]
    .filter((m) => m[1] === 'import' || m[3] !== undefined || m[5] !== undefined)
    .map((m) => ({ specifier: (m[4] ?? m[5])!, typeOnly: Boolean(m[2]) || onlyTypes(m[3]) }));
}

/** `{ type A, type B }`: an import list of types only, of which nothing is left at run time. */
function onlyTypes(clause: string | undefined): boolean {
  const names = /^\{([\s\S]*)\}$/
    .exec(clause?.trim() ?? '')?.[1]!
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  return names !== undefined && names.length > 0 && names.every((n) => n.startsWith('type '));
}

/** The parts of a file and whether each runs in the browser: an .astro file's frontmatter and its scripts. */
export function partsOf(file: string, text: string): Array<{ part: string; code: string; browser: boolean }> {
  if (file.endsWith('.astro')) {
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
    const scripts = [...text.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
      // An inline script or a data block is not bundled: it imports nothing.
      .filter((m) => !/is:inline|type="application\/(ld\+)?json"/.test(m[1] ?? ''))
      .map((m, i) => ({ part: `${file} <script> ${i + 1}`, code: m[2]!, browser: true }));
    return [{ part: file, code: frontmatter, browser: false }, ...scripts];
  }
  if (file.endsWith('.mdx')) {
    const code = text
      .split('\n')
      .filter((l) => /^(import|export)\s/.test(l))
      .join('\n');
    return [{ part: file, code, browser: false }];
  }
  return [{ part: file, code: text, browser: file.startsWith('src/lib/browser/') }];
}

function walk(dir: string): string[] {
  return (readdirSync(join(root, dir), { recursive: true }) as string[])
    .map((f) => posix.join(dir, f.split('\\').join('/')))
    .filter((f) => /\.(ts|mts|mjs|astro|mdx)$/.test(f))
    .sort();
}

/** Every import of every file under src/ and scripts/. */
function projectImports(): Import[] {
  return [...walk('src'), ...walk('scripts')].flatMap((file) =>
    partsOf(file, readFileSync(join(root, file), 'utf8')).flatMap(({ part, code, browser }) =>
      importsOf(code).map(({ specifier, typeOnly }) => ({
        from: part,
        browser,
        specifier,
        target: specifier.startsWith('.')
          ? relative(root, join(root, dirname(file), specifier))
              .split('\\')
              .join('/')
          : undefined,
        typeOnly,
      })),
    ),
  );
}

/** The layer a file belongs to: a folder of src/lib, src/schemas, src/charts, content; else undefined (the site). */
export function layerOf(file: string): string | undefined {
  const lib = /^src\/lib\/([^/]+)\//.exec(file);
  if (lib) return lib[1];
  if (file.startsWith('src/schemas/')) return 'schemas';
  if (file.startsWith('src/charts/')) return 'charts';
  if (file.startsWith('content/')) return 'content';
  return undefined;
}

const fileOf = (part: string) => part.split(' ')[0]!;
const needsNode = (specifier: string) => specifier.startsWith('node:');
const needsAstro = (specifier: string) => specifier.startsWith('astro:') || specifier.endsWith('.astro');

/** Every rule an import breaks on its own, as messages naming the file and the import. */
export function directViolations(imports: readonly Import[]): string[] {
  const out: string[] = [];
  for (const i of imports) {
    const file = fileOf(i.from);
    const where = `${i.from} imports '${i.specifier}'`;
    const layer = layerOf(file);
    const target = i.target && layerOf(i.target);
    if (file.startsWith('src/') && i.target?.startsWith('scripts/')) out.push(`${where}: src/ never imports scripts/`);
    if (layer && MAY_IMPORT[layer] && i.target && target !== layer && !MAY_IMPORT[layer].includes(target ?? ''))
      out.push(`${where}: ${layer} imports only ${[layer, ...MAY_IMPORT[layer]].join(', ')}`);
    if (layer && PORTABLE.has(layer) && !i.typeOnly && (needsNode(i.specifier) || needsAstro(i.specifier)))
      out.push(`${where}: ${layer} runs in the browser or plain Node, without Node's or Astro's modules`);
    if (
      i.browser &&
      !i.typeOnly &&
      (needsNode(i.specifier) || needsAstro(i.specifier) || (i.target && !BROWSER.includes(target ?? '')))
    )
      out.push(`${where}: browser code imports only ${BROWSER.join(', ')} (and types)`);
  }
  return out;
}

/**
 * What code reaches through its run-time imports, file by file: browser code must reach no Node or Astro module and
 * no data loading; the data build (scripts/, run by plain Node) no Astro module.
 */
export function reachViolations(imports: readonly Import[]): string[] {
  const byFile = new Map<string, Import[]>();
  for (const i of imports) {
    if (i.from.includes(' ')) continue; // a script block is reached by no import
    byFile.set(i.from, [...(byFile.get(i.from) ?? []), i]);
  }
  const reach = (start: Import, bad: (i: Import) => boolean): string | undefined => {
    const seen = new Set<string>();
    const queue: Array<{ i: Import; path: string[] }> = [{ i: start, path: [] }];
    while (queue.length) {
      const { i, path } = queue.shift()!;
      if (i.typeOnly) continue;
      if (bad(i)) return [...path, `'${i.specifier}'`].join(' → ');
      if (!i.target || seen.has(i.target)) continue;
      seen.add(i.target);
      for (const next of byFile.get(i.target) ?? []) queue.push({ i: next, path: [...path, i.target] });
    }
    return undefined;
  };
  const out: string[] = [];
  for (const i of imports) {
    if (i.browser) {
      const chain = reach(
        i,
        (x) => needsNode(x.specifier) || needsAstro(x.specifier) || layerOf(x.target ?? '') === 'data',
      );
      if (chain) out.push(`${i.from} imports '${i.specifier}', which reaches ${chain}: not in the browser`);
    }
    if (i.from.startsWith('scripts/')) {
      const chain = reach(i, (x) => needsAstro(x.specifier));
      if (chain) out.push(`${i.from} imports '${i.specifier}', which reaches ${chain}: scripts/ run without Astro`);
    }
  }
  return out;
}

describe('reading imports', () => {
  it('finds static, type-only, multi-line, side-effect and dynamic imports, and none in comments', () => {
    const code = [
      "import { a } from './a.ts';",
      "import type { B } from '../b.ts';",
      'import {',
      '  c,',
      '  type D,',
      "} from './c.ts';",
      "import { type E } from './e.ts';",
      "import './side.css';",
      "export { f } from './f.ts';",
      "const g = await import('./g.ts');",
      "/** An example: import { x } from './x.ts'; */",
      "// import { y } from './y.ts';",
      "import raw from '../../content/plans.json' with { type: 'json' };",
    ].join('\n');
    expect(importsOf(code)).toEqual([
      { specifier: './a.ts', typeOnly: false },
      { specifier: '../b.ts', typeOnly: true },
      { specifier: './c.ts', typeOnly: false },
      { specifier: './e.ts', typeOnly: true },
      { specifier: './side.css', typeOnly: false },
      { specifier: './f.ts', typeOnly: false },
      { specifier: './g.ts', typeOnly: false },
      { specifier: '../../content/plans.json', typeOnly: false },
    ]);
  });

  it("reads an .astro file's frontmatter as build code and its bundled scripts as browser code", () => {
    const text = [
      '---',
      "import { x } from '../lib/data/collections.ts';",
      '---',
      '<p>{x}</p>',
      '<script>',
      "  import { y } from '../lib/browser/list-view.ts';",
      '</script>',
      '<script is:inline>console.log(1)</script>',
    ].join('\n');
    expect(partsOf('src/components/X.astro', text).map((p) => [p.part, importsOf(p.code), p.browser])).toEqual([
      ['src/components/X.astro', [{ specifier: '../lib/data/collections.ts', typeOnly: false }], false],
      ['src/components/X.astro <script> 1', [{ specifier: '../lib/browser/list-view.ts', typeOnly: false }], true],
    ]);
  });
});

describe('the rules', () => {
  // Imports that break each rule, so a rule that never fires cannot pass unnoticed.
  const bad = (from: string, specifier: string, target?: string, extra: Partial<Import> = {}): Import => ({
    from,
    browser: false,
    specifier,
    target,
    typeOnly: false,
    ...extra,
  });

  it('name src/ importing scripts/, a layer importing one above it, and portable code importing Node or Astro', () => {
    expect(
      directViolations([
        bad('src/lib/data/sources.ts', '../../../scripts/lib/source.ts', 'scripts/lib/source.ts'),
        bad('src/lib/config/urls.ts', '../data/collections.ts', 'src/lib/data/collections.ts'),
        bad('src/lib/format/strings.ts', '../../components/X.astro', 'src/components/X.astro'),
        bad('src/lib/format/format.ts', 'node:fs'),
        bad('src/lib/search/tokens.ts', 'astro:content'),
        bad('src/components/X.astro <script> 1', '../lib/config/urls.ts', 'src/lib/config/urls.ts', {
          browser: true,
        }),
      ]),
    ).toEqual([
      "src/lib/data/sources.ts imports '../../../scripts/lib/source.ts': src/ never imports scripts/",
      "src/lib/data/sources.ts imports '../../../scripts/lib/source.ts': data imports only data, schemas, format, config, i18n, content",
      "src/lib/config/urls.ts imports '../data/collections.ts': config imports only config, schemas, content",
      "src/lib/format/strings.ts imports '../../components/X.astro': format imports only format, schemas",
      "src/lib/format/strings.ts imports '../../components/X.astro': format runs in the browser or plain Node, without Node's or Astro's modules",
      "src/lib/format/format.ts imports 'node:fs': format runs in the browser or plain Node, without Node's or Astro's modules",
      "src/lib/search/tokens.ts imports 'astro:content': search runs in the browser or plain Node, without Node's or Astro's modules",
      "src/components/X.astro <script> 1 imports '../lib/config/urls.ts': browser code imports only format, search, browser (and types)",
    ]);
  });

  it('allow a layer below, the same layer, and types from anywhere', () => {
    expect(
      directViolations([
        bad('src/lib/files/open-data.ts', '../data/collections.ts', 'src/lib/data/collections.ts'),
        bad('src/lib/files/datasets/columns.ts', '../csv.ts', 'src/lib/files/csv.ts'),
        bad('src/lib/format/status.ts', '../../schemas/roadmap2013.ts', 'src/schemas/roadmap2013.ts', {
          typeOnly: true,
        }),
        bad('src/pages/index.astro', '../lib/files/downloads.ts', 'src/lib/files/downloads.ts'),
      ]),
    ).toEqual([]);
  });

  it('follow run-time imports from browser code and from scripts/, and name the chain', () => {
    const imports = [
      bad('src/components/X.astro <script> 1', '../lib/format/a.ts', 'src/lib/format/a.ts', { browser: true }),
      bad('src/lib/format/a.ts', './b.ts', 'src/lib/format/b.ts'),
      bad('src/lib/format/b.ts', 'node:fs'),
      bad('scripts/build.ts', '../src/lib/files/c.ts', 'src/lib/files/c.ts'),
      bad('src/lib/files/c.ts', 'astro:content'),
      // Erased at compile time: reaches nothing.
      bad('scripts/types.ts', '../src/lib/data/d.ts', 'src/lib/data/d.ts', { typeOnly: true }),
      bad('src/lib/data/d.ts', 'astro:content'),
    ];
    expect(reachViolations(imports)).toEqual([
      "src/components/X.astro <script> 1 imports '../lib/format/a.ts', which reaches src/lib/format/a.ts → src/lib/format/b.ts → 'node:fs': not in the browser",
      "scripts/build.ts imports '../src/lib/files/c.ts', which reaches src/lib/files/c.ts → 'astro:content': scripts/ run without Astro",
    ]);
  });
});

describe('src/ and scripts/', () => {
  const imports = projectImports();

  it('are read: every folder of src/lib, the scripts and the page scripts have imports', () => {
    const layers = new Set(imports.map((i) => layerOf(fileOf(i.from))));
    for (const layer of Object.keys(MAY_IMPORT).filter((l) => l !== 'charts' && l !== 'schemas'))
      expect(layers, layer).toContain(layer);
    expect(imports.some((i) => i.from.startsWith('scripts/'))).toBe(true);
    expect(imports.some((i) => i.from.includes('<script>'))).toBe(true);
  });

  it('have every module of src/lib in a layer the rules know', () => {
    const entries = readdirSync(join(root, 'src', 'lib'), { withFileTypes: true });
    expect(entries.filter((e) => !e.isDirectory()).map((e) => e.name)).toEqual([]);
    for (const e of entries) expect(Object.keys(MAY_IMPORT), `src/lib/${e.name}/ needs a row`).toContain(e.name);
  });

  it('keep the import rules', () => {
    expect([...directViolations(imports), ...reachViolations(imports)]).toEqual([]);
  });
});
