/**
 * The citation block's script (src/components/Citation.astro): fills 閲覧日 with the reader's today in the edition's
 * words, reveals the copy buttons (hidden without JavaScript, so no dead button shows) and copies the citation or the
 * BibTeX entry as the page shows it. Where the clipboard is refused, it selects the text for the reader to copy.
 */
import { datePieces, isoDay, type CiteStyle } from '../format/citation.ts';

/**
 * The text of an element as a reader copies it: without ふりがな (`<rt>`, `<rp>`), and for running text with its
 * white space collapsed as the page shows it; a `<pre>` (the BibTeX entry) keeps its lines.
 */
export function copiedText(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  for (const ruby of clone.querySelectorAll('rt, rp')) ruby.remove();
  const text = clone.textContent ?? '';
  return element.tagName === 'PRE' ? text : text.replace(/\s+/g, ' ').trim();
}

/**
 * Fills every accessed-date slot of a block with the given day: ISO in BibTeX, else the style's words; on the
 * やさしい日本語 pages with ふりがな on 年, 月 and 日, as the build gives every other date there.
 */
export function fillAccessed(block: ParentNode, style: CiteStyle, today: Date): void {
  const iso = isoDay(today);
  for (const slot of block.querySelectorAll<HTMLElement>('[data-accessed]')) {
    if (slot.dataset['accessed'] === 'iso') {
      slot.textContent = iso;
      continue;
    }
    slot.replaceChildren(
      ...datePieces(style, iso).map((p) => {
        if (style !== 'easy' || !p.reading) return document.createTextNode(p.text);
        const ruby = document.createElement('ruby');
        const rt = document.createElement('rt');
        rt.textContent = p.reading;
        ruby.append(p.text, rt);
        return ruby;
      }),
    );
  }
}

/** Selects an element's text, for the reader to copy by hand. */
function select(element: Element): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** Copies a text; false where the browser refuses (no clipboard API, an insecure origin, permission denied). */
async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Sets up every citation block of the page. */
export function initCitations(root: Document): void {
  for (const block of root.querySelectorAll<HTMLElement>('[data-cite]')) {
    const style = block.dataset['cite'] as CiteStyle;
    fillAccessed(block, style, new Date());
    for (const button of block.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      const target = root.getElementById(button.dataset['copy']!);
      const status = root.getElementById(button.dataset['status'] ?? '');
      if (!target || !status) continue;
      button.hidden = false;
      button.addEventListener('click', () => {
        // Today again at the moment of copying: a page left open overnight cites the day it is copied.
        fillAccessed(block, style, new Date());
        // Emptied first, so that a second copy is announced again.
        status.textContent = '';
        void writeClipboard(copiedText(target)).then((copied) => {
          if (!copied) select(target);
          status.textContent = (copied ? block.dataset['copied'] : block.dataset['selected']) ?? '';
        });
      });
    }
  }
}
