/** A cell of a data table (DataTable.astro): text, an optional link, and whether it is a number. */
export interface Cell {
  text: string;
  href?: string;
  /** Right-aligned, tabular digits. */
  numeric?: boolean;
  /** Shown on hover: the exact figure (千円) of an amount the cell gives in its readable form. */
  title?: string;
  /** Text quoted from the Japanese original: marked as such on a translated edition's page (Original.astro). */
  original?: boolean;
}
