/**
 * The site's public address: the one setting that decides whether a build writes absolute URLs. astro.config.mjs
 * hands it to Astro as `site`, and scripts/write-sitemap.ts reads it for the sitemap and robots.txt. Without it a
 * build writes no absolute URL to the site at all (no canonical, no og:url, no sitemap, citations with the path only),
 * so a build made for testing or a preview can never publish someone else's host, or localhost, as a permalink.
 */

/** The environment variable that holds the public address, e.g. `SITE_URL=https://example.jp npm run build`. */
export const SITE_URL_VARIABLE = 'SITE_URL';

/**
 * The public address from the environment, or undefined when it is unset or empty (`SITE_URL= npm run build` unsets
 * it). Throws, saying what is wrong, on anything but an http(s) origin: every link on the site is root-relative
 * (`/fy2024/…`), so the site must be served at the root of its host and the address cannot carry a path.
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): URL | undefined {
  const value = env[SITE_URL_VARIABLE]?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `${SITE_URL_VARIABLE}="${value}" is not an absolute URL; give the public address, e.g. https://example.jp`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`${SITE_URL_VARIABLE}="${value}" must start with https:// (or http://)`);
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password)
    throw new Error(
      `${SITE_URL_VARIABLE}="${value}" must be the host's root (e.g. ${url.origin}): the site's links start at /, so it cannot be served under a path`,
    );
  if (/^(localhost|127\.|\[::1\])/.test(url.hostname))
    throw new Error(`${SITE_URL_VARIABLE}="${value}" is a local address; leave it unset for a local build`);
  return url;
}

/** A site path as the public URL when the address is known, else the path itself (never another host). */
export const publicUrl = (path: string, site: URL | undefined): string => (site ? new URL(path, site).href : path);

/** The environment variables that name who runs the site and how to reach them, set beside SITE_URL for a deploy. */
export const SITE_OPERATOR_VARIABLE = 'SITE_OPERATOR';
export const SITE_CONTACT_VARIABLE = 'SITE_CONTACT';

/** How to reach the operator: a web page (a contact form, an issue tracker) or an e-mail address. */
export type Contact = { kind: 'url'; href: string; text: string } | { kind: 'email'; href: string; text: string };

/** Who runs the site, as every page's footer and /about/ name them. */
export interface Operator {
  name: string;
  /** The name's language, so an English page marks a Japanese name as Japanese (and the reverse). */
  lang: 'ja' | 'en';
  contact: Contact;
}

/** Longest operator name the footer shows on one or two lines of a phone. */
const NAME_MAX = 60;
const OPERATOR_EXAMPLE = `${SITE_OPERATOR_VARIABLE}="熊本オープンデータの会"`;
const CONTACT_EXAMPLE = `${SITE_CONTACT_VARIABLE}=https://example.jp/contact/ or ${SITE_CONTACT_VARIABLE}=info@example.jp`;
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// One address, no spaces or markup; the domain has a dot. Stricter checks are the mail system's job.
const EMAIL = /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[^\s@<>"(),;:]+$/;

/** The operator's name: a reader's text on one line. */
function operatorName(value: string): string {
  if (/[\p{Cc}]/u.test(value))
    throw new Error(`${SITE_OPERATOR_VARIABLE} must be one line of text (no line breaks), e.g. ${OPERATOR_EXAMPLE}`);
  if ([...value].length > NAME_MAX)
    throw new Error(
      `${SITE_OPERATOR_VARIABLE}="${value}" is longer than ${NAME_MAX} characters; give the operator's name as a reader should see it, e.g. ${OPERATOR_EXAMPLE}`,
    );
  return value;
}

/** The contact: an https:// address, or an e-mail address (with or without `mailto:`), which pages link as mailto:. */
function contact(value: string): Contact {
  const address = value.replace(/^mailto:/i, '');
  if (EMAIL.test(address)) return { kind: 'email', href: `mailto:${address}`, text: address };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `${SITE_CONTACT_VARIABLE}="${value}" is neither an https:// address nor an e-mail address, e.g. ${CONTACT_EXAMPLE}`,
    );
  }
  if (url.protocol !== 'https:')
    throw new Error(
      `${SITE_CONTACT_VARIABLE}="${value}" must start with https:// (or be an e-mail address), e.g. ${CONTACT_EXAMPLE}`,
    );
  if (url.username || url.password)
    throw new Error(
      `${SITE_CONTACT_VARIABLE}="${value}" must not carry a user name or password, e.g. ${CONTACT_EXAMPLE}`,
    );
  return { kind: 'url', href: url.href, text: url.href };
}

/**
 * Who runs the site (SITE_OPERATOR) and how to reach them (SITE_CONTACT), or undefined when both are unset (a local
 * build: the pages say so). Throws, saying what is wrong, on a bad value, on one set without the other, and when the
 * public address is set without them: a deployed site must name its operator, since its name starts with 熊本市 and
 * it could be taken for the city's.
 */
export function siteOperator(env: Record<string, string | undefined> = process.env): Operator | undefined {
  const name = env[SITE_OPERATOR_VARIABLE]?.trim();
  const reach = env[SITE_CONTACT_VARIABLE]?.trim();
  if (!name || !reach) {
    const both = `${SITE_OPERATOR_VARIABLE} and ${SITE_CONTACT_VARIABLE}`;
    const example = `${OPERATOR_EXAMPLE} ${SITE_CONTACT_VARIABLE}=https://example.jp/contact/`;
    if (siteUrl(env))
      throw new Error(
        `${SITE_URL_VARIABLE} is set (a deploy build), so ${both} must be set too: who runs the site and how to reach them, e.g. ${example}`,
      );
    if (name || reach)
      throw new Error(
        `${name ? SITE_CONTACT_VARIABLE : SITE_OPERATOR_VARIABLE} is unset: set ${both} together (or neither, for a local build), e.g. ${example}`,
      );
    return undefined;
  }
  return { name: operatorName(name), lang: JAPANESE.test(name) ? 'ja' : 'en', contact: contact(reach) };
}

/** The message a local build prints once: the pages say the operator is unset, and why. */
export const OPERATOR_UNSET_NOTE = `${SITE_OPERATOR_VARIABLE} and ${SITE_CONTACT_VARIABLE} are unset: the pages say the operator is not set (a local build). Set both, with ${SITE_URL_VARIABLE}, for a deploy.`;
