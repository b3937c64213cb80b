import {
  consumedCapacity,
  type ConsumedCapacity,
  type ReturnConsumedCapacity,
} from "../capacity/consumed-capacity.js";
import type { IndexWriteUnits } from "../indexes/maintain-indexes.js";

interface TableUnits {
  table: number;
  globalIndexes?: Record<string, number>;
  localIndexes?: Record<string, number>;
}

/**
 * Capacity of a batch, summed per table over items that are each charged on their own (so each
 * is rounded up to its unit separately), reported as the array batch operations answer with.
 */
export class BatchCapacity {
  private readonly tables = new Map<string, TableUnits>();

  /** Makes the table appear in the report even if nothing ends up charged to it. */
  include(tableName: string): void {
    if (!this.tables.has(tableName)) this.tables.set(tableName, { table: 0 });
  }

  charge(tableName: string, tableUnits: number, indexUnits: IndexWriteUnits = {}): void {
    this.include(tableName);
    const units = this.tables.get(tableName)!;
    units.table += tableUnits;
    if (indexUnits.global) units.globalIndexes = addUnits(units.globalIndexes, indexUnits.global);
    if (indexUnits.local) units.localIndexes = addUnits(units.localIndexes, indexUnits.local);
  }

  report(mode: ReturnConsumedCapacity): ConsumedCapacity[] | undefined {
    if (mode !== "TOTAL" && mode !== "INDEXES") return undefined;
    const report: ConsumedCapacity[] = [];
    for (const [tableName, units] of this.tables) {
      report.push(consumedCapacity(mode, { tableName, ...units })!);
    }
    return report;
  }
}

function addUnits(
  into: Record<string, number> | undefined,
  units: Record<string, number>,
): Record<string, number> {
  const sum = { ...into };
  for (const [name, value] of Object.entries(units)) sum[name] = (sum[name] ?? 0) + value;
  return sum;
}
