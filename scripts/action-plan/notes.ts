/**
 * The action plan's quality notes: where the document disagrees with itself (a project's titles, descriptions or
 * remarks differ between its listings, a related vision's title differs from the contents), a misprinted (一) in a
 * previous-year budget, and text the curated file says is shown as printed.
 */
import type { Source } from '../lib/source.ts';
import { findAsPrinted } from '../lib/as-printed.ts';
import type { Project, QualityNote, Table, Vision } from '../../src/schemas/action-plan.ts';
import type { Curated } from './model.ts';

/** Every quality note, in a fixed order: per project, related visions, (一) budgets, text as printed. */
export function qualityNotesOf(
  src: Source,
  projects: Project[],
  visions: Vision[],
  tables: Table[],
  curated: Curated,
): QualityNote[] {
  return [
    ...projects.flatMap((p) => [...titleVariantNotes(p, curated), ...descriptionVariantNotes(p), ...remarkNotes(p)]),
    ...relatedVisionNotes(visions),
    ...projects.flatMap(kanjiDashNotes),
    ...asPrintedNotes(src, projects, tables, curated),
  ];
}

/** A project the curated file merged from listings under different titles (sameProject). */
function titleVariantNotes(p: Project, curated: Curated): QualityNote[] {
  if (!curated.sameProject.some((e) => e.titles.includes(p.title))) return [];
  const lines = p.appearances.map((a) => a.titleLine);
  return [
    {
      id: `title-variant-${lines[0]}`,
      kind: 'title-variant',
      titles: p.appearances.map((a) => ({ text: a.title, line: a.titleLine })),
      title: p.title,
      lines,
      projectId: p.id,
    },
  ];
}

/** A listing whose description differs from the first listing's (beyond ※ marks and spacing). */
function descriptionVariantNotes(p: Project): QualityNote[] {
  const plain = (s: string) => s.replace(/[※\s]/g, '');
  const [first, ...rest] = p.appearances;
  return rest
    .filter((a) => plain(a.description) !== plain(first!.description))
    .map((a) => ({
      id: `description-variant-${a.descriptionLine}`,
      kind: 'description-variant' as const,
      title: p.title,
      firstLine: first!.descriptionLine,
      line: a.descriptionLine,
      lines: [first!.descriptionLine, a.descriptionLine],
      projectId: p.id,
    }));
}

/** A budget remark printed with some of a project's listings only. */
function remarkNotes(p: Project): QualityNote[] {
  return p.notes.flatMap((note) => {
    const without = p.appearances.filter((a) => !a.notes.some((n) => n.kind === note.kind));
    if (!without.length) return [];
    return [
      {
        id: `note-variant-${note.line}`,
        kind: 'note-variant' as const,
        title: p.title,
        budgetNote: note,
        withoutLines: without.map((a) => a.budgetLine),
        lines: [note.line, ...without.map((a) => a.budgetLine)],
        projectId: p.id,
      },
    ];
  });
}

/** A related vision whose title is printed otherwise than in the table of contents. */
function relatedVisionNotes(visions: Vision[]): QualityNote[] {
  return visions.flatMap((v) =>
    v.relatedVisions.flatMap((r) => {
      const target = visions[r.number - 1];
      if (!target || target.title === r.titleAsPrinted) return [];
      return [
        {
          id: `related-vision-title-${r.line}-${r.number}`,
          kind: 'related-vision-title' as const,
          vision: v.number,
          related: r.number,
          printed: r.titleAsPrinted,
          contents: target.title,
          lines: [r.line, target.titleLine],
          projectId: null,
        },
      ];
    }),
  );
}

/** A previous-year budget printed (一): the kanji for one where other listings print (-), no budget that year. */
function kanjiDashNotes(p: Project): QualityNote[] {
  return p.appearances
    .filter((a) => a.previousBudget?.text === '(一)')
    .map((a) => ({
      id: `kanji-dash-${a.previousBudget!.line}`,
      kind: 'kanji-dash' as const,
      title: p.title,
      line: a.previousBudget!.line,
      lines: [a.previousBudget!.line],
      projectId: p.id,
    }));
}

/** Text the curated file says is shown as printed, with the project whose listing or attached table holds it. */
function asPrintedNotes(src: Source, projects: Project[], tables: Table[], curated: Curated): QualityNote[] {
  const projectAt = (line: number): string | null =>
    projects.find((p) =>
      p.appearances.some((a) => [a.titleLine, a.descriptionLine, a.budgetLine, a.previousBudget?.line].includes(line)),
    )?.id ??
    tables.find((t) => t.attachedTo.kind === 'project' && t.caption.line <= line && line <= t.rows.at(-1)!.line)
      ?.attachedTo.id ??
    null;
  return findAsPrinted(src, curated.asPrinted, curated.file).map((hit) => ({
    id: `as-printed-${hit.lines[0]}`,
    kind: 'as-printed' as const,
    text: hit.entry.text,
    note: hit.entry.note,
    lines: hit.lines,
    projectId: projectAt(hit.lines[0]!),
  }));
}
