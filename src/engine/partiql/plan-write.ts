import type { Database } from "../database.js";
import { ValidationException } from "../errors/index.js";
import {
  assertKeyAttributesUntouched,
  type BoundCondition,
  type BoundOperand,
  type BoundUpdate,
} from "../expressions/evaluate/index.js";
import { checkItemKeys, storageKeyFromKey, type StorageKey } from "../items/item-keys.js";
import type { Table } from "../tables/table.js";
import { typeOf, type AttributeValue, type Item } from "../values/attribute-value.js";
import { normalizeItem } from "../values/normalize.js";
import type {
  DeleteStatement,
  ExistsStatement,
  Expr,
  InsertStatement,
  Returning,
  Statement,
  Target,
  UpdateStatement,
} from "./ast.js";
import { allOf, checkKeyOperands, conditionOf, conjunctsOf, equalityOn, operandOf } from "./conditions.js";
import { MISSING_KEY_EQUALITY, keyTypeMismatch, multipleKeyConditions } from "./statement-errors.js";
import { checkDistinctPaths } from "./projection.js";
import { requiredValue } from "./values.js";

/**
 * One single-item write a statement stands for, resolved against its table and parameters but
 * not yet run: ExecuteStatement runs it alone, BatchExecuteStatement one by one, and
 * ExecuteTransaction checks every plan before applying any.
 */
export type WritePlan =
  | { kind: "insert"; table: Table; key: StorageKey; keyItem: Item; item: Item }
  | {
      kind: "update";
      table: Table;
      key: StorageKey;
      keyItem: Item;
      update: BoundUpdate;
      condition: BoundCondition;
      returning: Returning | undefined;
    }
  | {
      kind: "delete";
      table: Table;
      key: StorageKey;
      keyItem: Item;
      condition: BoundCondition | undefined;
      returning: Returning | undefined;
    }
  | { kind: "check"; table: Table; key: StorageKey; keyItem: Item; condition: BoundCondition | undefined };

/** The write a write statement (or a transaction's EXISTS check) stands for. */
export function planWrite(db: Database, statement: Statement, parameters: AttributeValue[]): WritePlan {
  switch (statement.kind) {
    case "insert":
      return planInsert(db, statement, parameters);
    case "update":
      return planUpdate(db, statement, parameters);
    case "delete":
      return planDelete(db, statement, parameters);
    case "exists":
      return planExists(db, statement, parameters);
    case "select":
      throw new Error("a SELECT is not a write");
  }
}

export function planInsert(
  db: Database,
  statement: InsertStatement,
  parameters: AttributeValue[],
): WritePlan {
  if (statement.value.kind !== "tuple") {
    throw new ValidationException(
      `Unsupported format in item expression. Please use struct format {...} to express item values for insert statement. at ${statement.value.position}`,
    );
  }
  const value = requiredValue(statement.value, parameters) as { M: Item };
  const table = requireWriteTable(db, statement.target);
  const item = normalizeItem(value.M, { kind: "item" });
  const { partition, sort } = table.keySchema;
  for (const attribute of sort ? [partition, sort] : [partition]) {
    const keyValue = item[attribute.name];
    if (!keyValue) {
      throw new ValidationException(`Key attribute should be present in the item: Key ${attribute.name}`);
    }
    if (typeOf(keyValue) !== attribute.type) throw keyTypeMismatch(attribute.name);
  }
  const key = checkItemKeys(table, item);
  const keyItem: Item = {};
  for (const name of table.keyAttributeNames) keyItem[name] = item[name]!;
  return { kind: "insert", table, key, keyItem, item };
}

export function planUpdate(
  db: Database,
  statement: UpdateStatement,
  parameters: AttributeValue[],
): WritePlan {
  const table = requireWriteTable(db, statement.target);
  const { key, keyItem, rest } = pinnedKey(table, statement.where, parameters);
  checkDistinctPaths(statement.actions.map((action) => action.path));
  const update = boundUpdate(statement, parameters);
  assertKeyAttributesUntouched(update, table.keyAttributeNames);
  // UPDATE never creates an item: the item must exist, whatever else the WHERE asks.
  const exists: BoundCondition = { kind: "attribute_exists", path: [table.keySchema.partition.name] };
  const condition = allOf([exists, ...rest.map((expr) => conditionOf(expr, parameters))])!;
  return { kind: "update", table, key, keyItem, update, condition, returning: statement.returning };
}

export function planDelete(
  db: Database,
  statement: DeleteStatement,
  parameters: AttributeValue[],
): WritePlan {
  if (statement.returning !== undefined && statement.returning !== "ALL OLD") {
    throw new ValidationException(
      `Invalid returning clause: RETURNING ${statement.returning} *. Only RETURNING ALL OLD * is allowed in DELETE statements.`,
    );
  }
  const table = requireWriteTable(db, statement.target);
  const { key, keyItem, rest } = pinnedKey(table, statement.where, parameters);
  const condition = allOf(rest.map((expr) => conditionOf(expr, parameters)));
  return { kind: "delete", table, key, keyItem, condition, returning: statement.returning };
}

/** `EXISTS(SELECT ...)`: the named item must exist and meet the rest of the WHERE. */
export function planExists(
  db: Database,
  statement: ExistsStatement,
  parameters: AttributeValue[],
): WritePlan {
  const table = requireWriteTable(db, statement.select.target);
  const { key, keyItem, rest } = pinnedKey(table, statement.select.where, parameters);
  if (rest.length === 0) {
    throw new ValidationException("EXISTS() must contain a single item read with additional condition");
  }
  const exists: BoundCondition = { kind: "attribute_exists", path: [table.keySchema.partition.name] };
  const condition = allOf([exists, ...rest.map((expr) => conditionOf(expr, parameters))]);
  return { kind: "check", table, key, keyItem, condition };
}

/** The item a single-item statement names: an equality on every key attribute of the table. */
export function pinnedKey(
  table: Table,
  where: Expr | undefined,
  parameters: AttributeValue[],
): { key: StorageKey; keyItem: Item; rest: Expr[] } {
  const conjuncts = conjunctsOf(where);
  const keyItem: Item = {};
  const used = new Set<Expr>();
  const { partition, sort } = table.keySchema;
  for (const attribute of sort ? [partition, sort] : [partition]) {
    const matches = conjuncts.filter((expr) => equalityOn(expr, attribute.name, parameters) !== undefined);
    if (matches.length > 1) throw multipleKeyConditions(attribute.name);
    if (matches.length === 0) throw new ValidationException(MISSING_KEY_EQUALITY);
    checkKeyOperands(matches[0]!, attribute, parameters);
    keyItem[attribute.name] = equalityOn(matches[0]!, attribute.name, parameters)!;
    used.add(matches[0]!);
  }
  const key = storageKeyFromKey(table, keyItem);
  return { key, keyItem, rest: conjuncts.filter((expr) => !used.has(expr)) };
}

function requireWriteTable(db: Database, target: Target): Table {
  const table = db.requireTable(target.table);
  if (target.index !== undefined) {
    throw new ValidationException("Index-qualified table names are only supported in SELECT statements");
  }
  return table;
}

/** SET / REMOVE actions as the engine's update tree; `set_add` and `set_delete` are ADD and DELETE. */
function boundUpdate(statement: UpdateStatement, parameters: AttributeValue[]): BoundUpdate {
  const update: BoundUpdate = { set: [], remove: [], add: [], delete: [] };
  for (const action of statement.actions) {
    if (action.kind === "remove") {
      update.remove.push(action.path);
      continue;
    }
    const value = action.value;
    if (value.kind === "call" && (value.name === "set_add" || value.name === "set_delete")) {
      const [target, operand] = value.args;
      if (value.args.length !== 2 || target?.kind !== "path" || !samePath(target.steps, action.path)) {
        throw new ValidationException(`Incorrect arguments for function: ${value.name}`);
      }
      const members = requiredValue(operand!, parameters);
      (value.name === "set_add" ? update.add : update.delete).push({ path: action.path, value: members });
      continue;
    }
    update.set.push({ path: action.path, value: setOperand(value, parameters) });
  }
  return update;
}

function setOperand(expr: Expr, parameters: AttributeValue[]): BoundOperand {
  if (expr.kind === "arithmetic") {
    return {
      kind: "arithmetic",
      operator: expr.operator,
      left: setOperand(expr.left, parameters),
      right: setOperand(expr.right, parameters),
    };
  }
  if (expr.kind === "call" && expr.name === "list_append" && expr.args.length === 2) {
    return {
      kind: "list_append",
      left: setOperand(expr.args[0]!, parameters),
      right: setOperand(expr.args[1]!, parameters),
    };
  }
  if (expr.kind === "call" && expr.name === "if_not_exists" && expr.args.length === 2) {
    const [path, fallback] = expr.args;
    if (path!.kind !== "path")
      throw new ValidationException("Incorrect arguments for function: if_not_exists");
    return { kind: "if_not_exists", path: path!.steps, fallback: setOperand(fallback!, parameters) };
  }
  return operandOf(expr, parameters);
}

function samePath(a: (string | number)[], b: (string | number)[]): boolean {
  return a.length === b.length && a.every((step, i) => step === b[i]);
}
