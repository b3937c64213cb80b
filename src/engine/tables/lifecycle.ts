import type { Database } from "../database.js";
import type { Table } from "./table.js";

export type LifecyclePhase = "create" | "update" | "delete";

function delayFor(db: Database, phase: LifecyclePhase): number {
  const delays = db.lifecycleDelays;
  if (!delays) return 0;
  if (phase === "create") return delays.createMs;
  if (phase === "delete") return delays.deleteMs;
  return delays.updateMs ?? 0;
}

/**
 * Finishes a table transition: at once when the engine has no lifecycle delays (the default), or
 * after the configured delay, during which the table shows its transient status.
 */
export function settleTransition(
  db: Database,
  table: Table,
  phase: LifecyclePhase,
  settle: () => void,
): void {
  const delay = delayFor(db, phase);
  if (delay <= 0) {
    settle();
    return;
  }
  if (table.pendingTransition) clearTimeout(table.pendingTransition);
  const timer = setTimeout(() => {
    table.pendingTransition = undefined;
    settle();
  }, delay);
  // A pending transition must not keep a process alive on its own.
  timer.unref?.();
  table.pendingTransition = timer;
}
