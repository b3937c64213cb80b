/**
 * DynamoDB's capacity arithmetic. Reads are charged in 4 KB units (an eventually consistent read
 * costs half), writes in 1 KB units; a request that touches nothing still costs one unit.
 */

export type ReturnConsumedCapacity = "INDEXES" | "TOTAL" | "NONE" | undefined;

const READ_UNIT_BYTES = 4096;
const WRITE_UNIT_BYTES = 1024;

/** Units to read `sizeBytes` in one request (a missing item still costs one unit). */
export function readUnits(sizeBytes: number, consistent: boolean): number {
  const units = Math.max(1, Math.ceil(sizeBytes / READ_UNIT_BYTES));
  return consistent ? units : units / 2;
}

/** Units to write an item of `sizeBytes` (deleting a missing item still costs one unit). */
export function writeUnits(sizeBytes: number): number {
  return Math.max(1, Math.ceil(sizeBytes / WRITE_UNIT_BYTES));
}

/** What one request consumed: on the table and on each index it touched. */
export interface CapacityUsage {
  tableName: string;
  table: number;
  globalIndexes?: Record<string, number>;
  localIndexes?: Record<string, number>;
}

type CapacityUnits = { CapacityUnits: number };

export interface ConsumedCapacity {
  TableName: string;
  CapacityUnits: number;
  Table?: CapacityUnits;
  GlobalSecondaryIndexes?: Record<string, CapacityUnits>;
  LocalSecondaryIndexes?: Record<string, CapacityUnits>;
}

/**
 * The ConsumedCapacity member of a single-item or Query/Scan response. Real DynamoDB reports only
 * the aggregate `CapacityUnits` on these operations (no ReadCapacityUnits/WriteCapacityUnits
 * split, which appears only on transactions), and under INDEXES adds the per-table and per-index
 * breakdown.
 */
export function consumedCapacity(
  mode: ReturnConsumedCapacity,
  usage: CapacityUsage,
): ConsumedCapacity | undefined {
  if (mode !== "TOTAL" && mode !== "INDEXES") return undefined;
  let total = usage.table;
  const globalIndexes = unitsByIndex(usage.globalIndexes);
  const localIndexes = unitsByIndex(usage.localIndexes);
  for (const units of Object.values(usage.globalIndexes ?? {})) total += units;
  for (const units of Object.values(usage.localIndexes ?? {})) total += units;
  const result: ConsumedCapacity = { TableName: usage.tableName, CapacityUnits: total };
  if (mode === "INDEXES") {
    result.Table = { CapacityUnits: usage.table };
    if (globalIndexes) result.GlobalSecondaryIndexes = globalIndexes;
    if (localIndexes) result.LocalSecondaryIndexes = localIndexes;
  }
  return result;
}

function unitsByIndex(units: Record<string, number> | undefined): Record<string, CapacityUnits> | undefined {
  if (!units) return undefined;
  const names = Object.keys(units);
  if (names.length === 0) return undefined;
  const result: Record<string, CapacityUnits> = {};
  for (const name of names) result[name] = { CapacityUnits: units[name]! };
  return result;
}
