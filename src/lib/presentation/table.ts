/** A cell of a data table (DataTable.astro): text, an optional link, and whether it is a number. */
export interface Cell {
  text: string;
  href?: string;
  /** Right-aligned, tabular digits. */
  numeric?: boolean;
  /** Shown on hover: the exact figure (千円) of an amount the cell gives in its readable form. */
  title?: string;
  /**
   * The exact amount in 千円 the cell words (in the edition's readable form), for its CSV download; null where the
   * cell's words stand for no amount (a project with no previous-year budget).
   */
  amount?: number | null;
  /**
   * The cell's text in its CSV download where the page's would not survive a spreadsheet, in the open data's form: a
   * measure number `1-1`, which a spreadsheet on Japanese settings reads as 1月1日, as `measure-1-1`.
   */
  csv?: string;
  /** Text quoted from the Japanese original: marked as such on a translated edition's page (Original.astro). */
  original?: boolean;
}
