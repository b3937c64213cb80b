import type { UpdateNode } from "../ast.js";
import { constraintViolations, invalidParameter } from "../../errors/index.js";
import type { AttributeType, AttributeValue } from "../../values/attribute-value.js";
import { typeOf } from "../../values/attribute-value.js";
import type { KeySchema } from "../../tables/table.js";
import { checkAttributeName } from "./conditional-operator.js";
import { LegacyValues, attributePath, isPresent, isRecord, normalizeLegacyValue } from "./legacy-values.js";

/** AttributeUpdates translated into an update: the tree and the values its placeholders stand for. */
export interface LegacyUpdate {
  update: UpdateNode;
  values: Record<string, AttributeValue>;
}

const ACTIONS = ["ADD", "DELETE", "PUT"] as const;
type Action = (typeof ACTIONS)[number];

/** How DynamoDB names a value's type in AttributeUpdates errors. */
const TYPE_NAMES: Partial<Record<AttributeType, string>> = {
  S: "STRING",
  N: "NUMBER",
  B: "BINARY",
  BOOL: "BOOLEAN",
  NULL: "NULL",
  M: "MAP",
  L: "LIST",
};

const SETS: readonly AttributeType[] = ["SS", "NS", "BS"];
// DynamoDB Local also accepts a list for ADD (appending to an existing list) although the
// documentation names only numbers and sets; its validation is followed here.
const ADDABLE: readonly AttributeType[] = ["N", "SS", "NS", "BS", "L"];

/**
 * AttributeUpdates (UpdateItem) → the update it stands for: PUT becomes SET, DELETE without a
 * value REMOVE, DELETE with a set DELETE, ADD ADD. Each entry is checked completely, in request
 * order, before the next: key attribute, action, presence of a value, the value, its type.
 *
 * Applying the result differs from applying a parsed UpdateExpression in two ways the tree cannot
 * carry (the update applier has to be told it runs a legacy update): a value of the wrong type
 * for the existing attribute fails with `Type mismatch for attribute to update` instead of
 * `An operand in the update expression has an incorrect data type`, and ADD of a list appends to
 * an existing list (and fails with that type mismatch when the attribute is missing or no list).
 */
export function convertAttributeUpdates(
  input: { AttributeUpdates?: unknown },
  keySchema: KeySchema,
): LegacyUpdate {
  const values = new LegacyValues("update");
  const update: UpdateNode = { set: [], remove: [], add: [], delete: [] };
  const keyNames = [keySchema.partition.name, keySchema.sort?.name];
  const entries = isRecord(input.AttributeUpdates) ? Object.entries(input.AttributeUpdates) : [];

  for (const [name, entry] of entries) {
    checkAttributeName(name);
    if (keyNames.includes(name)) {
      throw invalidParameter(`Cannot update attribute ${name}. This attribute is part of the key`);
    }
    const fields = isRecord(entry) ? entry : {};
    const action = checkAction(name, fields.Action);
    const path = attributePath(name);
    if (!isPresent(fields.Value)) {
      if (action !== "DELETE") {
        throw invalidParameter("Only DELETE action is allowed when no attribute value is specified");
      }
      update.remove.push(path);
      continue;
    }
    const value = normalizeLegacyValue(fields.Value);
    const type = typeOf(value);
    if (action === "DELETE" && !SETS.includes(type)) {
      throw invalidParameter(`DELETE action with value is not supported for the type ${TYPE_NAMES[type]}`);
    }
    if (action === "ADD" && !ADDABLE.includes(type)) {
      throw invalidParameter(`ADD action is not supported for the type ${TYPE_NAMES[type]}`);
    }
    const node = values.bind(value);
    if (action === "PUT") update.set.push({ path, value: node });
    else if (action === "ADD") update.add.push({ path, value: node });
    else update.delete.push({ path, value: node });
  }
  return { update, values: values.values };
}

function checkAction(name: string, action: unknown): Action {
  if (!isPresent(action)) return "PUT";
  if ((ACTIONS as readonly unknown[]).includes(action)) return action as Action;
  // The request validator normally rejects this first; the wording follows its envelope.
  throw constraintViolations([
    `Value '${String(action)}' at 'attributeUpdates.${name}.member.action' failed to satisfy constraint: ` +
      `Member must satisfy enum value set: [ADD, DELETE, PUT]`,
  ]);
}
