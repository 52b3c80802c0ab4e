/**
 * Site paths of records: the permalink scheme documented in the README. Pages and open data both use these. A
 * plan's records live under its registry ID (`/fy2024/…`), so every year keeps its own permanent links.
 */
import { plans } from './plans.ts';

export const planUrl = (plan: string): string => `/${plan}/`;
export const projectUrl = (plan: string, id: string): string => `/${plan}/projects/${id}/`;
export const visionUrl = (plan: string, number: number): string => `/${plan}/visions/${number}/`;
export const priorityUrl = (plan: string, number: number): string => `/${plan}/priorities/${number}/`;
export const wardUrl = (plan: string, id: string): string => `/${plan}/wards/${id}/`;
export const wardsUrl = (plan: string): string => `/${plan}/wards/`;
/** A plan's open-data file, e.g. `/data/fy2024/projects.json`. */
export const planDataUrl = (plan: string, file: string): string => `/data/${plan}/${file}`;
export const itemUrl = (no: number): string => `/2013/items/${no}/`;
export const partUrl = (id: string): string => `/2013/parts/${id}/`;
export const categoryUrl = (id: string): string => `/2013/categories/${id}/`;
/** A sub-item's place on its item's page. */
export const subitemUrl = (no: number, id: string): string => `${itemUrl(no)}#s-${id}`;

/**
 * A data-quality note's anchor on /data/quality/: 2013 notes and the first registered plan's keep their bare ID (their
 * published address); a later plan's notes are prefixed with the plan ID, as two plans may hold the same note.
 */
export const qualityNoteAnchor = (document: string, id: string): string =>
  document === '2013' || document === plans[0]!.id ? id : `${document}-${id}`;
export const qualityNoteUrl = (document: string, id: string): string =>
  `/data/quality/#${qualityNoteAnchor(document, id)}`;
