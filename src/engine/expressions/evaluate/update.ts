/**
 * Applies a bound UpdateExpression. Every right-hand side reads the item as it was before the
 * update; the input item is never modified (containers along updated paths are copied once), so
 * an update that fails part-way leaves nothing behind. SET actions apply first, then ADD and
 * DELETE, then REMOVE with list indexes taken highest first, so every index names an element of
 * the original list: `REMOVE l[0], l[2]` removes the first and third elements.
 */
import { ValidationException } from "../../errors/index.js";
import type { AttributeValue, Item } from "../../values/attribute-value.js";
import { addNumbers, subtractNumbers } from "../../values/number.js";
import type { BoundOperand, BoundPath, BoundUpdate } from "./bound.js";
import { updatePaths } from "./bind-checks.js";
import { resolvePath } from "./paths.js";
import { compileProjection, projectItem } from "./projection.js";

const INVALID_PATH = "The document path provided in the update expression is invalid for update";
const MISSING_OPERAND = "The provided expression refers to an attribute that does not exist in the item";
const WRONG_OPERAND_TYPE = "An operand in the update expression has an incorrect data type";
const LEGACY_TYPE_MISMATCH = "Type mismatch for attribute to update";

/**
 * The item after the update; `item` undefined means the update creates it (from `{}`).
 * `legacy` applies an update translated from AttributeUpdates, whose ADD also appends to lists
 * and whose type errors read `Type mismatch for attribute to update`.
 */
export function applyUpdate(update: BoundUpdate, item: Item | undefined, legacy = false): Item {
  const original = item ?? {};
  const values = update.set.map((action) => setValue(action.value, original));
  const writer = new CopyOnWriteItem(original);
  for (let i = 0; i < values.length; i++) writer.put(update.set[i]!.path, values[i]!);
  for (const action of update.add) {
    const current = writer.get(action.path);
    writer.put(action.path, current === undefined ? action.value : added(current, action.value, legacy));
  }
  for (const action of update.delete) {
    const current = writer.get(action.path);
    if (current === undefined) continue;
    const remaining = deleted(current, action.value, legacy);
    if (remaining === undefined) writer.remove(action.path);
    else writer.put(action.path, remaining);
  }
  if (update.remove.length > 0) {
    for (const path of [...update.remove].sort(highestIndexFirst)) writer.remove(path);
  }
  return writer.root;
}

/**
 * ReturnValues UPDATED_OLD (pass the old item) or UPDATED_NEW (pass the new item): only the
 * updated paths, nested as in the item. A path appended past a list's end or removed from a map
 * is absent afterwards and so not returned; a removed list element returns whatever shifted into
 * its index. (DynamoDB Local returns whole top-level attributes instead.)
 */
export function updatedAttributes(item: Item | undefined, update: BoundUpdate): Item {
  if (item === undefined) return {};
  return projectItem(item, compileProjection(updatePaths(update)));
}

function setValue(operand: BoundOperand, item: Item): AttributeValue {
  switch (operand.kind) {
    case "value":
      return operand.value;
    case "path": {
      const value = resolvePath(item, operand.path);
      if (value === undefined) throw new ValidationException(MISSING_OPERAND);
      return value;
    }
    case "if_not_exists":
      return resolvePath(item, operand.path) ?? setValue(operand.fallback, item);
    case "arithmetic": {
      const left = setValue(operand.left, item);
      const right = setValue(operand.right, item);
      if (!("N" in left) || !("N" in right)) throw new ValidationException(WRONG_OPERAND_TYPE);
      return { N: operand.operator === "+" ? addNumbers(left.N, right.N) : subtractNumbers(left.N, right.N) };
    }
    case "list_append": {
      const left = setValue(operand.left, item);
      const right = setValue(operand.right, item);
      if (!("L" in left) || !("L" in right)) throw new ValidationException(WRONG_OPERAND_TYPE);
      return { L: [...left.L, ...right.L] };
    }
    case "size":
      throw new ValidationException(WRONG_OPERAND_TYPE);
  }
}

function added(current: AttributeValue, operand: AttributeValue, legacy: boolean): AttributeValue {
  if ("N" in current && "N" in operand) return { N: addNumbers(current.N, operand.N) };
  if ("SS" in current && "SS" in operand) return { SS: union(current.SS, operand.SS) };
  if ("NS" in current && "NS" in operand) return { NS: union(current.NS, operand.NS) };
  if ("BS" in current && "BS" in operand) return { BS: union(current.BS, operand.BS) };
  if (legacy && "L" in current && "L" in operand) return { L: [...current.L, ...operand.L] };
  throw new ValidationException(legacy ? LEGACY_TYPE_MISMATCH : WRONG_OPERAND_TYPE);
}

/** The set without the operand's members; undefined when nothing is left (the attribute goes). */
function deleted(
  current: AttributeValue,
  operand: AttributeValue,
  legacy: boolean,
): AttributeValue | undefined {
  let remaining: string[];
  if ("SS" in current && "SS" in operand) remaining = difference(current.SS, operand.SS);
  else if ("NS" in current && "NS" in operand) remaining = difference(current.NS, operand.NS);
  else if ("BS" in current && "BS" in operand) remaining = difference(current.BS, operand.BS);
  else throw new ValidationException(legacy ? LEGACY_TYPE_MISMATCH : WRONG_OPERAND_TYPE);
  if (remaining.length === 0) return undefined;
  if ("SS" in current) return { SS: remaining };
  if ("NS" in current) return { NS: remaining };
  return { BS: remaining };
}

// Set members are canonical text (numbers normalised on the way in), so text equality is value equality.
function union(members: string[], extra: string[]): string[] {
  const present = new Set(members);
  const result = members.slice();
  for (const member of extra) {
    if (!present.has(member)) {
      present.add(member);
      result.push(member);
    }
  }
  return result;
}

function difference(members: string[], removed: string[]): string[] {
  const gone = new Set(removed);
  return members.filter((member) => !gone.has(member));
}

function highestIndexFirst(a: BoundPath, b: BoundPath): number {
  const shared = Math.min(a.length, b.length);
  for (let i = 0; i < shared; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    return typeof x === "number" && typeof y === "number" ? y - x : 0;
  }
  return 0;
}

type Container = Record<string, AttributeValue> | AttributeValue[];

/** An item being updated: containers are copied the first time a path goes through them. */
class CopyOnWriteItem {
  readonly root: Item;
  /** The nested containers copied so far; made on the first nested path, which most updates lack. */
  private copies: Set<AttributeValue> | undefined;

  constructor(original: Item) {
    this.root = { ...original };
  }

  get(path: BoundPath): AttributeValue | undefined {
    const parent = this.parentOf(path);
    const step = path[path.length - 1]!;
    return Array.isArray(parent) ? parent[step as number] : parent[step as string];
  }

  /** SET semantics: a map key is created or replaced; a list index past the end appends. */
  put(path: BoundPath, value: AttributeValue): void {
    const parent = this.parentOf(path);
    const step = path[path.length - 1]!;
    if (!Array.isArray(parent)) parent[step as string] = value;
    else if ((step as number) < parent.length) parent[step as number] = value;
    else parent.push(value);
  }

  /** Missing attributes and indexes past the end are no-ops; later list elements shift down. */
  remove(path: BoundPath): void {
    const parent = this.parentOf(path);
    const step = path[path.length - 1]!;
    if (!Array.isArray(parent)) delete parent[step as string];
    else if ((step as number) < parent.length) parent.splice(step as number, 1);
  }

  /** The (copied) map entries or list holding the path's last step; every step before must exist. */
  private parentOf(path: BoundPath): Container {
    let container: Container = this.root;
    for (let i = 0; i < path.length - 1; i++) {
      const step = path[i]!;
      let child: AttributeValue | undefined = Array.isArray(container)
        ? container[step as number]
        : container[step as string];
      const wantList = typeof path[i + 1] === "number";
      if (child === undefined || (wantList ? !("L" in child) : !("M" in child))) {
        throw new ValidationException(INVALID_PATH);
      }
      const copies = (this.copies ??= new Set());
      if (!copies.has(child)) {
        child = "L" in child ? { L: child.L.slice() } : { M: { ...(child as { M: Item }).M } };
        copies.add(child);
        if (Array.isArray(container)) container[step as number] = child;
        else container[step as string] = child;
      }
      container = "L" in child ? child.L : (child as { M: Item }).M;
    }
    return container;
  }
}
