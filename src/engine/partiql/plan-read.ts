import { readUnits } from "../capacity/consumed-capacity.js";
import type { Database } from "../database.js";
import { ValidationException } from "../errors/index.js";
import { storageKeyFromKey, type StorageKey } from "../items/item-keys.js";
import type { Table } from "../tables/table.js";
import type { AttributeValue, Item } from "../values/attribute-value.js";
import type { PathSteps, SelectStatement } from "./ast.js";
import { checkKeyOperands, conjunctsOf, equalityOn } from "./conditions.js";
import { checkDistinctPaths, projectPaths } from "./projection.js";

/** A SELECT of exactly one item by its full primary key: what batches and transactions may read. */
export interface ReadPlan {
  table: Table;
  key: StorageKey;
  keyItem: Item;
  projection: PathSteps[] | undefined;
}

export interface SingleReadMessages {
  /** The WHERE is not exactly an equality on each key attribute. */
  notSingleItem: string;
  /** The SELECT names an index. */
  onIndex: string;
}

export function planRead(
  db: Database,
  statement: SelectStatement,
  parameters: AttributeValue[],
  messages: SingleReadMessages,
): ReadPlan {
  if (statement.target.index !== undefined) throw new ValidationException(messages.onIndex);
  if (statement.projection) checkDistinctPaths(statement.projection);
  const table = db.requireTable(statement.target.table);
  const conjuncts = conjunctsOf(statement.where);
  const names = table.keyAttributeNames;
  if (conjuncts.length !== names.length) throw new ValidationException(messages.notSingleItem);
  const keyItem: Item = {};
  const { partition, sort } = table.keySchema;
  for (const attribute of sort ? [partition, sort] : [partition]) {
    const matches = conjuncts.filter((expr) => equalityOn(expr, attribute.name, parameters) !== undefined);
    if (matches.length !== 1) throw new ValidationException(messages.notSingleItem);
    checkKeyOperands(matches[0]!, attribute, parameters);
    keyItem[attribute.name] = equalityOn(matches[0]!, attribute.name, parameters)!;
  }
  return { table, key: storageKeyFromKey(table, keyItem), keyItem, projection: statement.projection };
}

/** Reads the planned item: the item (projected) if it exists, and the units the read cost. */
export function runRead(plan: ReadPlan, consistent: boolean): { item: Item | undefined; units: number } {
  const stored = plan.table.store.get(plan.key.partition, plan.key.sort);
  const units = readUnits(stored?.size ?? 0, consistent);
  if (!stored) return { item: undefined, units };
  return { item: plan.projection ? projectPaths(stored.item, plan.projection) : stored.item, units };
}
