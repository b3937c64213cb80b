import type { Database } from "../database.js";

/**
 * The fault-injection switch shared by both batch operations: with `faults.unprocessedFraction`
 * set, each key or write is independently handed back unprocessed with that probability, drawn
 * from `db.random()` (repeatable when `faults.seed` is set). Off (0 or absent) it never fires and
 * draws nothing, so a seeded sequence used by other faults is not disturbed.
 */
export function injectUnprocessed(db: Database): boolean {
  const fraction = db.faults.unprocessedFraction ?? 0;
  if (!(fraction > 0)) return false;
  return db.random() < fraction;
}
