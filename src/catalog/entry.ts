import type { DataModel } from "../modeling/model.js";

/**
 * One catalog entry, declared once in its folder's `entry.ts`. Its README is generated from this
 * declaration and from the tested source it names, so the prose around the code is the only
 * hand-written part.
 */
export interface CatalogEntry {
  /** Folder name, numbered for reading order: `01-key-value`. */
  id: string;
  /** The catalog section and its folder: `basics`. */
  section: string;
  title: string;
  /** One line for the catalog list in the root README. */
  summary: string;
  /** Markdown: the problem the entry solves, for the reader who has it. */
  problem: string;
  model: DataModel;
  /**
   * Code shown under "Query examples": each names a region of a source file in the entry's
   * folder (`// #region <name>` ... `// #endregion <name>`), so the README shows tested code.
   */
  codeExamples: { title: string; file: string; region: string; description?: string }[];
  /** Markdown: what the design optimises, what it costs in RCU/WCU, its limits, when not to use it. */
  rationale: string;
}
