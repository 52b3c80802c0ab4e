/**
 * A data-quality note worded in an edition. The parsers store each note as a kind and its facts (content/…/
 * quality-notes.json); the catalog (area `data`) words the sentence per kind. The result is marked
 * (src/lib/format/marked.ts): `plain` gives the sentence for a file, `segments` its quotes and lines for a page.
 */
import type { QualityNote } from '../../schemas/action-plan.ts';
import type { RoadmapQualityNote } from '../../schemas/roadmap2013.ts';
import type { Edition } from './editions.ts';
import { translator } from './t.ts';
import { plain } from '../format/marked.ts';

export type AnyQualityNote = QualityNote | RoadmapQualityNote;

export interface NoteWords {
  /** What the source says. */
  message: string;
  /** How the site resolves it. */
  resolution: string;
}

/** The note's two sentences in the edition's words, marked. */
export function noteWords(edition: Edition, n: AnyQualityNote): NoteWords {
  const tr = translator(edition);
  switch (n.kind) {
    case 'title-variant':
      return { message: tr('data.note.titleVariant', n), resolution: tr('data.resolution.titleVariant', n) };
    case 'description-variant':
      return {
        message: tr('data.note.descriptionVariant', n),
        resolution: tr('data.resolution.descriptionVariant', n),
      };
    case 'note-variant':
      return { message: tr('data.note.noteVariant', n), resolution: tr('data.resolution.noteVariant') };
    case 'related-vision-title':
      return {
        message: tr('data.note.relatedVisionTitle', n),
        resolution: tr('data.resolution.relatedVisionTitle'),
      };
    case 'kanji-dash':
      return { message: tr('data.note.kanjiDash', n), resolution: tr('data.resolution.kanjiDash') };
    case 'as-printed':
      return { message: tr('data.note.asPrinted', n), resolution: tr('data.resolution.asPrinted') };
    case 'part-title-variant':
      return { message: tr('data.note.partTitleVariant', n), resolution: tr('data.resolution.partTitleVariant') };
    case 'relisting-variant':
      return { message: tr('data.note.relistingVariant', n), resolution: tr('data.resolution.relistingVariant') };
    case 'spilled-cell':
      return { message: tr('data.note.spilledCell', n), resolution: tr('data.resolution.spilledCell', n) };
    case 'divided-progress':
      return { message: tr('data.note.dividedProgress', n), resolution: tr('data.resolution.dividedProgress', n) };
    case 'shared-progress':
      return { message: tr('data.note.sharedProgress', n), resolution: tr('data.resolution.sharedProgress') };
  }
}

/** The note's Japanese sentences as the open data publishes them (quality-notes.csv, projects.json): plain text. */
export function plainNoteWords(n: AnyQualityNote): NoteWords {
  const w = noteWords('ja', n);
  return { message: plain(w.message), resolution: plain(w.resolution) };
}
