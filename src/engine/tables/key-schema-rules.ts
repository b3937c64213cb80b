import { ValidationException, invalidParameter } from "../errors/index.js";
import type { AttributeDefinitionInput, IndexInput, KeySchemaElementInput } from "./request-shapes.js";
import type { IndexKeySchema, KeyAttribute, KeySchema } from "./table.js";
import { javaHashSetOrder } from "./java-hash-order.js";

/**
 * The rules tying KeySchemas to AttributeDefinitions, in the order DynamoDB applies them and with
 * its messages. They run after request-shape validation, so every element is well typed.
 */

/** The table's own KeySchema against the definitions. */
export function checkTableKeySchema(
  keySchema: KeySchemaElementInput[],
  definitions: AttributeDefinitionInput[],
): void {
  const defined = definitions.map((d) => d.AttributeName);
  const keys = keySchema.map((k) => k.AttributeName);
  const undefinedKey = keys.some((key) => !defined.includes(key));
  if (keys.length === 2 && (undefinedKey || (keys[0] === keys[1] && defined.length === 1))) {
    throw new ValidationException("Invalid KeySchema: Some index key attribute have no definition");
  }
  if (undefinedKey) throw keysNotDefined(keys, defined);
  checkKeyOrder(keySchema);
}

/** The checks every KeySchema (table or index) shares once its attributes are defined. */
export function checkKeyOrder(keySchema: KeySchemaElementInput[]): void {
  const [first, second] = keySchema;
  if (first && second && first.AttributeName === second.AttributeName) {
    throw new ValidationException(
      "Both the Hash Key and the Range Key element in the KeySchema have the same name",
    );
  }
  if (first?.KeyType !== "HASH") {
    throw new ValidationException("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
  }
  if (second && second.KeyType !== "RANGE") {
    throw new ValidationException("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
  }
}

/** A global index may compose its partition and its sort key of up to this many attributes each. */
export const MAX_KEY_ATTRIBUTES_PER_ROLE = 4;

/**
 * A global index's KeySchema: HASH elements (one to four), then RANGE elements (up to four),
 * each attribute named once. A two-element HASH/RANGE schema keeps the checks and texts every
 * KeySchema has.
 */
export function checkGlobalKeyOrder(keySchema: KeySchemaElementInput[]): void {
  const [first, second] = keySchema;
  if (keySchema.length <= 2 && second?.KeyType !== "HASH") {
    checkKeyOrder(keySchema);
    return;
  }
  if (first?.KeyType !== "HASH") {
    throw new ValidationException("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
  }
  const names = new Set(keySchema.map((k) => k.AttributeName));
  if (names.size !== keySchema.length) {
    throw new ValidationException("The KeySchema contains multiple key attributes with the same name");
  }
  const firstRange = keySchema.findIndex((k) => k.KeyType === "RANGE");
  if (firstRange >= 0 && keySchema.slice(firstRange).some((k) => k.KeyType === "HASH")) {
    throw invalidParameter("All HASH key attributes must precede RANGE key attributes in the KeySchema");
  }
  for (const keyType of ["HASH", "RANGE"]) {
    if (keySchema.filter((k) => k.KeyType === keyType).length > MAX_KEY_ATTRIBUTES_PER_ROLE) {
      throw invalidParameter(`The KeySchema exceeds the maximum allowed number of ${keyType} key attributes`);
    }
  }
}

export function keysNotDefined(keys: string[], defined: string[]): ValidationException {
  return invalidParameter(
    `Some index key attributes are not defined in AttributeDefinitions. Keys: [${keys.join(", ")}], AttributeDefinitions: [${defined.join(", ")}]`,
  );
}

export function checkDuplicateDefinitions(definitions: AttributeDefinitionInput[]): void {
  const seen = new Set<string>();
  for (const { AttributeName } of definitions) {
    if (seen.has(AttributeName))
      throw new ValidationException(`Attribute Name is duplicated: ${AttributeName}`);
    seen.add(AttributeName);
  }
}

/** Every index key must be defined; then every definition must be used by some key. */
export function checkDefinitionsUsed(
  keySchema: KeySchemaElementInput[],
  indexes: IndexInput[],
  definitions: AttributeDefinitionInput[],
): void {
  const defined = definitions.map((d) => d.AttributeName);
  for (const index of indexes) {
    const keys = index.KeySchema.map((k) => k.AttributeName);
    if (keys.some((key) => !defined.includes(key))) throw keysNotDefined(keys, defined);
  }
  const used = [...keySchema, ...indexes.flatMap((index) => index.KeySchema)].map((k) => k.AttributeName);
  if (defined.every((name) => used.includes(name))) return;
  if (indexes.length === 0) {
    throw invalidParameter(
      "Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions",
    );
  }
  throw invalidParameter(
    `Some AttributeDefinitions are not used. AttributeDefinitions: [${defined.join(", ")}], keys used: [${javaHashSetOrder(used).join(", ")}]`,
  );
}

/** A declared KeySchema resolved against the definitions into the engine's key model. */
export function resolveKeySchema(
  keySchema: KeySchemaElementInput[],
  definitions: AttributeDefinitionInput[],
): KeySchema {
  const typeOf = (name: string) => {
    const definition = definitions.find((d) => d.AttributeName === name);
    if (!definition) throw new Error(`attribute ${name} has no definition`);
    return definition.AttributeType;
  };
  const [hash, range] = keySchema;
  if (!hash) throw new Error("empty KeySchema");
  const partition = { name: hash.AttributeName, type: typeOf(hash.AttributeName) };
  return range
    ? { partition, sort: { name: range.AttributeName, type: typeOf(range.AttributeName) } }
    : { partition };
}

/**
 * An index's declared KeySchema resolved into the engine's key model: every HASH element in
 * order, then every RANGE element in order.
 */
export function resolveIndexKeySchema(
  keySchema: KeySchemaElementInput[],
  definitions: AttributeDefinitionInput[],
): IndexKeySchema {
  const attribute = (name: string): KeyAttribute => {
    const definition = definitions.find((d) => d.AttributeName === name);
    if (!definition) throw new Error(`attribute ${name} has no definition`);
    return { name, type: definition.AttributeType };
  };
  const partitionAttributes = keySchema
    .filter((k) => k.KeyType !== "RANGE")
    .map((k) => attribute(k.AttributeName));
  const sortAttributes = keySchema
    .filter((k) => k.KeyType === "RANGE")
    .map((k) => attribute(k.AttributeName));
  const [partition] = partitionAttributes;
  if (!partition) throw new Error("KeySchema without a HASH element");
  const schema: IndexKeySchema = {
    partition,
    partitionAttributes,
    sortAttributes,
    composite: partitionAttributes.length > 1 || sortAttributes.length > 1,
  };
  if (sortAttributes[0]) schema.sort = sortAttributes[0];
  return schema;
}

export function declaredKeySchema(
  keySchema: KeySchemaElementInput[],
): { AttributeName: string; KeyType: "HASH" | "RANGE" }[] {
  return keySchema.map((k) => ({
    AttributeName: k.AttributeName,
    KeyType: k.KeyType === "RANGE" ? "RANGE" : "HASH",
  }));
}
