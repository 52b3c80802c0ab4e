/**
 * The 2013 report's table of contents, and what it says about each page: the part and chapter a page belongs to,
 * against which the page's side labels are checked.
 */
import type { Source } from '../lib/source.ts';
import type { PartId } from '../../src/schemas/roadmap2013.ts';

const ROMAN: Record<string, PartId> = { I: 'I', II: 'II', III: 'III' };

/** Text with Unicode compatibility forms folded (Ⅲ → III, full-width → half-width) and no spaces. */
export const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** The parts and chapters the table of contents lists, with their pages and lines. */
export interface Toc {
  parts: Array<{ id: PartId; title: string; page: number | null; line: number }>;
  chapters: Array<{ part: PartId; number: number; title: string; page: number; line: number }>;
}

/** A page side label: its part and/or chapter, and the part title as printed when it has one. */
export interface PageLabel {
  part?: PartId;
  chapter?: number;
  title?: string;
}

/** The part and chapter of one page, by the table of contents. */
export interface PagePlace {
  part: PartId;
  chapter: number | null;
}

/** Reads the table of contents (目 次): parts I–III and their chapters with page numbers. */
export function parseToc(src: Source): Toc {
  const head = src.find((t) => /^#*\s*目\s*次$/.test(t)) ?? src.fail(1, 'the table of contents (目 次)', 'none');
  const toc: Toc = { parts: [], chapters: [] };
  for (let no = head.no + 1; no <= src.lines.length; no++) {
    const line = src.line(no);
    if (line.text === '') {
      if (toc.parts.length) break;
      continue;
    }
    const [label = '', page = ''] = line.raw.split('\t').map((c) => c.trim());
    const part = /^(I{1,3}|Ⅰ|Ⅱ|Ⅲ)\.\s*(.+)$/.exec(label.normalize('NFKC'));
    const chapter = /^(\d)\.\s*(.+)$/.exec(label);
    if (part) {
      toc.parts.push({ id: ROMAN[part[1]!]!, title: fold(part[2]!), page: page ? Number(page) : null, line: no });
    } else if (chapter && toc.parts.length) {
      if (!page) src.fail(no, 'a chapter with its page number (N. title<TAB>page)', src.quote(no));
      toc.chapters.push({
        part: toc.parts.at(-1)!.id,
        number: Number(chapter[1]),
        title: fold(chapter[2]!),
        page: Number(page),
        line: no,
      });
    } else {
      src.fail(no, 'a table-of-contents line: a part (I. …) or a chapter (1. …<TAB>page)', src.quote(no));
    }
  }
  if (toc.parts.map((p) => p.id).join() !== 'I,II,III')
    src.fail(head.no, 'parts I, II and III in the table of contents', toc.parts.map((p) => p.id).join(',') || 'none');
  return toc;
}

/** The page a part starts on: its own page number, else its first chapter's. */
export const partStart = (toc: Toc, p: Toc['parts'][number]): number =>
  p.page ?? toc.chapters.find((c) => c.part === p.id)?.page ?? 1;

/** Which part and chapter a page (1-based) belongs to, by the table of contents. */
export function pagePlace(toc: Toc, page: number): PagePlace {
  const part = [...toc.parts].reverse().find((p) => partStart(toc, p) <= page) ?? toc.parts[0]!;
  const chapters = toc.chapters.filter((c) => c.part === part.id);
  const chapter = chapters.length ? ([...chapters].reverse().find((c) => c.page <= page) ?? chapters[0]!).number : null;
  return { part: part.id, chapter };
}

/** Reads a page side label (part and/or chapter) in a cell or a line; undefined if it is not one. */
export function readLabel(toc: Toc, text: string): PageLabel | undefined {
  let rest = text.normalize('NFKC').trim();
  const out: PageLabel = {};
  const roman = /^(I{1,3})\.?\s+/.exec(rest);
  if (roman) {
    out.part = ROMAN[roman[1]!]!;
    rest = rest.slice(roman[0].length);
  }
  // A part title, whole or cut short (the side label is rotated text), possibly worded differently after its start.
  const part = toc.parts.find((p) => {
    const head = p.title.slice(0, 8);
    return fold(rest).startsWith(head) || (fold(rest).length >= 8 && p.title.startsWith(fold(rest).slice(0, 8)));
  });
  if (part) {
    if (out.part && out.part !== part.id) return undefined;
    out.part = part.id;
    // The part title runs until a chapter number or the end.
    const m = /^(.*?)(?:\s+(\d)\.?\s+(.+))?$/.exec(rest)!;
    out.title = fold(m[1]!);
    rest = m[2] ? `${m[2]}. ${m[3]}` : '';
  }
  if (rest) {
    const ch = /^(\d)\.?\s+(.+)$/.exec(rest);
    const chapter = ch && toc.chapters.find((c) => c.number === Number(ch[1]) && c.title === fold(ch[2]!));
    if (!chapter) return out.part && !rest ? out : undefined;
    out.chapter = chapter.number;
    out.part ??= chapter.part;
  }
  return out.part ? out : undefined;
}
