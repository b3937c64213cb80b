import type { ReturnConsumedCapacity } from "../capacity/consumed-capacity.js";

/**
 * Capacity of a transaction, per table. Transactions are the one place DynamoDB splits the
 * aggregate into ReadCapacityUnits / WriteCapacityUnits, at the top of each table's entry and in
 * every INDEXES arm.
 */

type UnitKind = "ReadCapacityUnits" | "WriteCapacityUnits";

interface TableUsage {
  table: number;
  globalIndexes: Map<string, number>;
  localIndexes: Map<string, number>;
}

/** Units a transaction used, table by table in the order the request first named them. */
export class TransactionCapacity {
  private readonly tables = new Map<string, TableUsage>();

  constructor(private readonly kind: UnitKind) {}

  private usage(tableName: string): TableUsage {
    let usage = this.tables.get(tableName);
    if (!usage) {
      usage = { table: 0, globalIndexes: new Map(), localIndexes: new Map() };
      this.tables.set(tableName, usage);
    }
    return usage;
  }

  addTable(tableName: string, units: number): void {
    this.usage(tableName).table += units;
  }

  addIndexes(
    tableName: string,
    units: { global?: Record<string, number>; local?: Record<string, number> },
  ): void {
    const usage = this.usage(tableName);
    addAll(usage.globalIndexes, units.global);
    addAll(usage.localIndexes, units.local);
  }

  /** The ConsumedCapacity member, or undefined when the request did not ask for it. */
  report(mode: ReturnConsumedCapacity): Record<string, unknown>[] | undefined {
    if (mode !== "TOTAL" && mode !== "INDEXES") return undefined;
    const entries: Record<string, unknown>[] = [];
    for (const [tableName, usage] of this.tables) {
      let total = usage.table;
      for (const units of usage.globalIndexes.values()) total += units;
      for (const units of usage.localIndexes.values()) total += units;
      const entry: Record<string, unknown> = { TableName: tableName, ...this.units(total) };
      if (mode === "INDEXES") {
        entry.Table = this.units(usage.table);
        const globalIndexes = this.byIndex(usage.globalIndexes);
        if (globalIndexes) entry.GlobalSecondaryIndexes = globalIndexes;
        const localIndexes = this.byIndex(usage.localIndexes);
        if (localIndexes) entry.LocalSecondaryIndexes = localIndexes;
      }
      entries.push(entry);
    }
    return entries;
  }

  private units(value: number): Record<string, number> {
    return { CapacityUnits: value, [this.kind]: value };
  }

  private byIndex(units: Map<string, number>): Record<string, Record<string, number>> | undefined {
    if (units.size === 0) return undefined;
    const result: Record<string, Record<string, number>> = {};
    for (const [name, value] of units) result[name] = this.units(value);
    return result;
  }
}

function addAll(target: Map<string, number>, units: Record<string, number> | undefined): void {
  if (!units) return;
  for (const [name, value] of Object.entries(units)) target.set(name, (target.get(name) ?? 0) + value);
}
