import type { Deviation, DiffCase, Step } from "../harness/types.js";

/** Compact constructors for case data; every helper returns plain wire-shaped requests. */

export const TABLE = "diff_items";
export const COMPOSITE = "diff_composite";

export type Body = Record<string, unknown>;
type KeyType = "S" | "N" | "B";

export function step(op: string, body: Body, options: Omit<Step, "op" | "body"> = {}): Step {
  return { op, body, ...options };
}

export function createTableBody(
  name: string,
  hash: [string, KeyType],
  range?: [string, KeyType],
  extra: Body = {},
): Body {
  const definitions = [{ AttributeName: hash[0], AttributeType: hash[1] }];
  const keySchema = [{ AttributeName: hash[0], KeyType: "HASH" }];
  if (range) {
    definitions.push({ AttributeName: range[0], AttributeType: range[1] });
    keySchema.push({ AttributeName: range[0], KeyType: "RANGE" });
  }
  return {
    TableName: name,
    AttributeDefinitions: definitions,
    KeySchema: keySchema,
    BillingMode: "PAY_PER_REQUEST",
    ...extra,
  };
}

/** `diff_items`: partition key `pk` of the given type, on-demand. */
export function hashTable(type: KeyType = "S", extra: Body = {}, name = TABLE): Step {
  return step("CreateTable", createTableBody(name, ["pk", type], undefined, extra));
}

/** `diff_composite`: `pk` + `sk`, on-demand. */
export function compositeTable(hashType: KeyType = "S", rangeType: KeyType = "S", extra: Body = {}): Step {
  return step("CreateTable", createTableBody(COMPOSITE, ["pk", hashType], ["sk", rangeType], extra));
}

export function put(item: Body, extra: Body = {}, table = TABLE): Step {
  return step("PutItem", { TableName: table, Item: item, ...extra });
}

export function get(key: Body, extra: Body = {}, table = TABLE): Step {
  return step("GetItem", { TableName: table, Key: key, ...extra });
}

export function update(key: Body, extra: Body = {}, table = TABLE): Step {
  return step("UpdateItem", { TableName: table, Key: key, ...extra });
}

export function remove(key: Body, extra: Body = {}, table = TABLE): Step {
  return step("DeleteItem", { TableName: table, Key: key, ...extra });
}

export const S = (value: string) => ({ S: value });
export const N = (value: string) => ({ N: value });

/** A case whose steps are given inline. */
export function diffCase(name: string, ...steps: Step[]): DiffCase {
  return { name, steps };
}

/** A case on `diff_items` (S key): creates the table, runs the steps. */
export function onTable(name: string, ...steps: Step[]): DiffCase {
  return { name, steps: [hashTable(), ...steps] };
}

/** A case on `diff_items` after storing one item `{pk: "k", ...attributes}`. */
export function withItem(name: string, attributes: Body, ...steps: Step[]): DiffCase {
  return { name, steps: [hashTable(), put({ pk: S("k"), ...attributes }), ...steps] };
}

export function validation(message: string) {
  return { status: 400, body: { __type: "com.amazon.coral.validate#ValidationException", message } };
}

function localError(type: string, message: string) {
  const namespace =
    type === "ValidationException" ? "com.amazon.coral.validate" : "com.amazonaws.dynamodb.v20120810";
  return { status: 400, body: { __type: `${namespace}#${type}`, Message: message } };
}

/**
 * DynamoDB answers an item operation on a missing table with `Requested resource not found`;
 * DynamoDB Local with `Cannot do operations on a non-existent table`.
 */
export const MISSING_TABLE_DEVIATION: Deviation = {
  source: "AWS API reference (ResourceNotFoundException); conformance tier3/error-messages/getItem.test.ts",
  note: "DynamoDB Local words the missing-table error differently",
  local: localError("ResourceNotFoundException", "Cannot do operations on a non-existent table"),
  dynamodb: {
    status: 400,
    body: {
      __type: "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException",
      message: "Requested resource not found",
    },
  },
};

/** A deviation where DynamoDB Local returns a different ValidationException text. */
export function validationDeviation(
  source: string,
  note: string,
  localMessage: string,
  dynamodbMessage: string,
): Deviation {
  return {
    source,
    note,
    local: localError("ValidationException", localMessage),
    dynamodb: validation(dynamodbMessage),
  };
}

export function deviationCase(name: string, deviation: Deviation, ...steps: Step[]): DiffCase {
  return { name, steps, deviation };
}

/**
 * Compares only the outcome (success or exception type) of the last step. Used where DynamoDB
 * Local's message text is known to be its own wording and DynamoDB's exact text has no source yet.
 */
export function outcomeOnly(diffCase: DiffCase): DiffCase {
  const steps = diffCase.steps.map((s, index) =>
    index === diffCase.steps.length - 1 ? { ...s, compare: "status" as const } : s,
  );
  return { ...diffCase, steps };
}

/**
 * A tagging request: DynamoDB Local 1.25.1 does not implement tagging, so each such step records
 * DynamoDB's answer (per the API reference and conformance tier2/tags/basic.test.ts).
 */
export function taggingStep(op: string, body: Body, dynamodbBody: Body, unordered?: string[]): Step {
  return {
    op,
    body,
    ...(unordered ? { unordered } : {}),
    compare: "full",
    deviation: {
      source:
        "API reference TagResource/UntagResource/ListTagsOfResource; conformance tier2/tags/basic.test.ts",
      note: "DynamoDB Local does not implement tagging",
      local: {
        status: 400,
        body: {
          __type: "UnknownOperationException",
          message: "Tagging is not currently supported in DynamoDB Local.",
        },
      },
      dynamodb: { status: 200, body: dynamodbBody },
    },
  };
}

/** DynamoDB sends ConsumedCapacity only when asked; DynamoDB Local also sends it on some deletes. */
export function unrequestedCapacityDeviation(
  table: string,
  units: number,
  dynamodbBody: Body = {},
): Deviation {
  return {
    source:
      "API reference DeleteItem (ConsumedCapacity is returned only if ReturnConsumedCapacity was specified)",
    note: "DynamoDB Local returns ConsumedCapacity unasked when DeleteItem finds no item",
    local: {
      status: 200,
      body: { ...dynamodbBody, ConsumedCapacity: { TableName: table, CapacityUnits: units } },
    },
    dynamodb: { status: 200, body: dynamodbBody },
  };
}

/** DynamoDB's answer when a key does not match the table's key schema. */
export function keySchemaDeviation(source: string, localMessage: string): Deviation {
  return validationDeviation(
    source,
    "DynamoDB Local describes a key that does not match the schema in its own words",
    localMessage,
    "The provided key element does not match the schema",
  );
}
