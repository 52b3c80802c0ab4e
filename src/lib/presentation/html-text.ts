/**
 * The one walk over rendered HTML that the build-time passes share (src/lib/presentation/phrases.ts adds phrase breaks,
 * src/lib/presentation/glossary-links.ts adds glossary links): the page as tokens, the open elements as a stack, and the text of
 * the elements a pass chooses changed by that pass. Everything else, tags and attributes included, comes back byte
 * for byte. The HTML is Astro's output, so every element is closed in order.
 */

// In order: a script or style element whole (its text is code), a comment, a tag (its quoted attribute values may hold
// `>`), text up to the next `<`, or any other `<` (the doctype), so that the tokens always add up to the whole page.
export const TOKEN =
  /<(script|style)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<\/?[a-zA-Z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+|</gi;

// Elements without a closing tag.
export const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Whether an opening tag's class attribute holds one of these classes. */
export function hasClass(tag: string, classes: readonly string[]): boolean {
  const attribute = /\sclass=(?:"([^"]*)"|'([^']*)')/.exec(tag);
  const list = (attribute?.[1] ?? attribute?.[2] ?? '').split(/\s+/);
  return classes.some((c) => list.includes(c));
}

/** An element open around a text: its name in lower case, its whole opening tag, and whether it was chosen. */
export interface OpenElement {
  name: string;
  tag: string;
  chosen: boolean;
}

/**
 * The HTML with the text of chosen elements passed through `transform`. `chosen` is asked at each opening tag
 * (name in lower case, the whole tag, and whether its parent was chosen); a text is transformed when its innermost
 * open element was chosen, and `transform` is told the elements open around it, outermost first. Comments, scripts
 * and styles are never text.
 */
export function mapText(
  html: string,
  chosen: (name: string, tag: string, parentChosen: boolean) => boolean,
  transform: (escapedText: string, open: readonly OpenElement[]) => string,
): string {
  const open: OpenElement[] = [];
  let out = '';
  for (const [token] of html.matchAll(TOKEN)) {
    const m = /^<(\/?)([a-zA-Z][^\s/>]*)/.exec(token);
    if (m) {
      const name = m[2]!.toLowerCase();
      if (m[1] === '/') {
        const at = open.map((e) => e.name).lastIndexOf(name);
        if (at >= 0) open.length = at;
      } else if (!VOID.has(name) && !token.endsWith('/>') && name !== 'script' && name !== 'style') {
        open.push({ name, tag: token, chosen: chosen(name, token, open.at(-1)?.chosen ?? false) });
      }
      out += token;
    } else {
      out += !token.startsWith('<!--') && open.at(-1)?.chosen ? transform(token, open) : token;
    }
  }
  return out;
}
