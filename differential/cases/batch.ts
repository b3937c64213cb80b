import type { CaseGroup, Deviation, DiffCase } from "../harness/types.js";
import {
  COMPOSITE,
  compositeTable,
  deviationCase,
  diffCase,
  hashTable,
  MISSING_TABLE_DEVIATION,
  N,
  put,
  S,
  step,
  TABLE,
  type Body,
} from "./builders.js";
import { CORAL, NO_SHAPE_VALIDATION, validationTexts, withDeviations } from "./recorded-deviations.js";

const seeded = (...rest: ReturnType<typeof step>[]): ReturnType<typeof step>[] => [
  hashTable(),
  put({ pk: S("a"), v: N("1"), s: S("alpha") }),
  put({ pk: S("b"), v: N("2"), s: S("beta") }),
  put({ pk: S("c"), v: N("3") }),
  ...rest,
];
const batchGet = (requestItems: Body, extra: Body = {}) =>
  step(
    "BatchGetItem",
    { RequestItems: requestItems, ...extra },
    { unordered: [`Responses.${TABLE}`, `Responses.${COMPOSITE}`] },
  );
const keys = (...names: string[]) => names.map((name) => ({ pk: S(name) }));
const getFrom = (extra: Body, ...names: string[]) =>
  batchGet({ [TABLE]: { Keys: keys(...names), ...extra } });
const batchWrite = (requestItems: Body, extra: Body = {}) =>
  step("BatchWriteItem", { RequestItems: requestItems, ...extra });
const putRequest = (item: Body) => ({ PutRequest: { Item: item } });
const deleteRequest = (key: Body) => ({ DeleteRequest: { Key: key } });
const scanAll = step("Scan", { TableName: TABLE }, { unordered: ["Items"] });
const got = (name: string, ...rest: ReturnType<typeof step>[]): DiffCase =>
  diffCase(name, ...seeded(...rest));
const many = <T>(count: number, make: (i: number) => T): T[] =>
  Array.from({ length: count }, (_, i) => make(i));

const GET_ERRORS = "conformance tier3/error-messages/batchGetItem.test.ts";
const WRITE_ERRORS = "conformance tier3/error-messages/batchWriteItem.test.ts";
const KEY_SOURCE =
  "API reference BatchGetItem/BatchWriteItem (key attributes must match the table's key schema); conformance tier3/error-messages/getItem.test.ts and /work/shared/reference/dynamodb-behaviour.md (a key not matching the schema)";
const KEY_SCHEMA = "The provided key element does not match the schema";
const LOCAL_KEY_TEXT = "DynamoDB Local describes a key that does not match the schema in its own words";
const keyText = (local: string): Deviation => validationTexts(KEY_SOURCE, LOCAL_KEY_TEXT, local, KEY_SCHEMA);
const shape = (source: string, local: string, dynamodb: string): Deviation =>
  validationTexts(source, NO_SHAPE_VALIDATION, local, `1 validation error detected: ${dynamodb}`);
const seededItems = [
  { pk: S("a"), v: N("1"), s: S("alpha") },
  { pk: S("b"), v: N("2"), s: S("beta") },
];
const readOfThreeKeys = (units: number) => ({
  status: 200,
  body: {
    Responses: { [TABLE]: seededItems },
    UnprocessedKeys: {},
    ConsumedCapacity: [{ TableName: TABLE, CapacityUnits: units }],
  },
});

const BATCH_DEVIATIONS: Record<string, Deviation | "outcome"> = {
  "get capacity TOTAL": {
    source:
      "/work/shared/reference/dynamodb-behaviour.md (capacity: BatchGetItem rounds each item; a read of a missing item still costs 0.5 eventually consistent)",
    note: "DynamoDB Local charges nothing for a key with no item",
    local: readOfThreeKeys(1),
    dynamodb: readOfThreeKeys(1.5),
  },
  "get with no tables": validationTexts(
    GET_ERRORS,
    NO_SHAPE_VALIDATION,
    "BatchGetItem must have some requests set",
    "The requestItems parameter is required for BatchGetItem",
  ),
  "get with no keys": shape(
    `${CORAL}; the same envelope as the 101-key text in ${GET_ERRORS}`,
    "The list of keys in RequestItems for BatchGetItem is required: diff_items has empty list",
    "Value at 'RequestItems.diff_items.member.Keys' failed to satisfy constraint: Member must have length greater than or equal to 1",
  ),
  "get one hundred and one keys": shape(
    GET_ERRORS,
    "Too many items requested for the BatchGetItem call",
    "Value at 'RequestItems.diff_items.member.Keys' failed to satisfy constraint: Member must have length less than or equal to 100",
  ),
  "get with a key of the wrong type": keyText(
    "One or more parameter values were invalid: Type mismatch for key",
  ),
  "get with an extra key attribute": keyText("The number of conditions on the keys is invalid"),
  "get with an empty key": keyText("The number of conditions on the keys is invalid"),
  "get with a bad capacity mode": shape(
    CORAL,
    "Cannot have null key for GetItem, DeleteItem, or UpdateItem",
    "Value 'ALL' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]",
  ),
  "write with no tables": validationTexts(
    WRITE_ERRORS,
    NO_SHAPE_VALIDATION,
    "BatchWriteItem cannot have a null or no requests set",
    "The requestItems parameter is required for BatchWriteItem",
  ),
  "write with no requests": shape(
    `${CORAL}; the envelope of the 26-request text in ${WRITE_ERRORS}`,
    "The batch write request list for a table cannot be null or empty: diff_items",
    "Value '{diff_items=[]}' at 'requestItems' failed to satisfy constraint: Map value must satisfy constraint: [Member must have length less than or equal to 25, Member must have length greater than or equal to 1]",
  ),
  // DynamoDB echoes all 26 requests Java-style (the conformance test matches it by pattern).
  "write twenty-six items": "outcome",
  "put without the key": keyText("One of the required keys was not given a value"),
  "put with a key of the wrong type": keyText(
    "One or more parameter values were invalid: Type mismatch for key",
  ),
  "delete with a partial composite key": keyText("The number of conditions on the keys is invalid"),
  "bad item collection metrics mode": {
    source: CORAL,
    note: "DynamoDB Local accepts a ReturnItemCollectionMetrics value outside the enum",
    local: { status: 200, body: { UnprocessedItems: {} } },
    dynamodb: {
      status: 400,
      body: {
        __type: "com.amazon.coral.validate#ValidationException",
        message:
          "1 validation error detected: Value 'ALL' at 'returnItemCollectionMetrics' failed to satisfy constraint: Member must satisfy enum value set: [SIZE, NONE]",
      },
    },
  },
};

const batchCaseList: CaseGroup = {
  title: "BatchGetItem BatchWriteItem",
  cases: [
    got("get two items", getFrom({}, "a", "b")),
    got("get a missing key", getFrom({}, "a", "zzz")),
    got("get only missing keys", getFrom({}, "x", "y")),
    got("get with a projection", getFrom({ ProjectionExpression: "s" }, "a", "b")),
    got(
      "get with a name placeholder",
      getFrom({ ProjectionExpression: "#v", ExpressionAttributeNames: { "#v": "v" } }, "a", "c"),
    ),
    got("get strongly consistent", getFrom({ ConsistentRead: true }, "a")),
    got("get with AttributesToGet", getFrom({ AttributesToGet: ["v"] }, "b")),
    got(
      "get capacity TOTAL",
      batchGet({ [TABLE]: { Keys: keys("a", "b", "zzz") } }, { ReturnConsumedCapacity: "TOTAL" }),
    ),
    got(
      "get capacity INDEXES",
      batchGet({ [TABLE]: { Keys: keys("a", "b") } }, { ReturnConsumedCapacity: "INDEXES" }),
    ),
    got(
      "get capacity TOTAL consistent",
      batchGet({ [TABLE]: { Keys: keys("a"), ConsistentRead: true } }, { ReturnConsumedCapacity: "TOTAL" }),
    ),
    got(
      "get from two tables",
      compositeTable(),
      put({ pk: S("x"), sk: S("1"), w: S("w") }, {}, COMPOSITE),
      batchGet({ [TABLE]: { Keys: keys("a") }, [COMPOSITE]: { Keys: [{ pk: S("x"), sk: S("1") }] } }),
    ),
    got("get one hundred keys", getFrom({}, ...many(100, (i) => `k${i}`))),
    got(
      "put two items",
      batchWrite({ [TABLE]: [putRequest({ pk: S("n1") }), putRequest({ pk: S("n2"), v: N("9") })] }),
      scanAll,
    ),
    got(
      "delete two items",
      batchWrite({ [TABLE]: [deleteRequest({ pk: S("a") }), deleteRequest({ pk: S("b") })] }),
      scanAll,
    ),
    got(
      "put and delete together",
      batchWrite({ [TABLE]: [putRequest({ pk: S("n1") }), deleteRequest({ pk: S("c") })] }),
      scanAll,
    ),
    got("delete a missing item", batchWrite({ [TABLE]: [deleteRequest({ pk: S("zzz") })] })),
    got(
      "put replaces an item",
      batchWrite({ [TABLE]: [putRequest({ pk: S("a"), w: S("new") })] }),
      getFrom({}, "a"),
    ),
    got("write answer is empty", batchWrite({ [TABLE]: [putRequest({ pk: S("n1") })] })),
    got(
      "write capacity TOTAL",
      batchWrite(
        { [TABLE]: [putRequest({ pk: S("n1") }), deleteRequest({ pk: S("a") })] },
        { ReturnConsumedCapacity: "TOTAL" },
      ),
    ),
    got(
      "write capacity INDEXES",
      batchWrite(
        { [TABLE]: [putRequest({ pk: S("n1"), big: S("x".repeat(3000)) })] },
        { ReturnConsumedCapacity: "INDEXES" },
      ),
    ),
    got(
      "write item collection metrics without an LSI",
      batchWrite({ [TABLE]: [putRequest({ pk: S("n1") })] }, { ReturnItemCollectionMetrics: "SIZE" }),
    ),
    got(
      "write twenty-five items",
      batchWrite({ [TABLE]: many(25, (i) => putRequest({ pk: S(`w${i}`) })) }),
      step("Scan", { TableName: TABLE, Select: "COUNT" }),
    ),
    got(
      "write to two tables",
      compositeTable(),
      batchWrite({
        [TABLE]: [putRequest({ pk: S("n1") })],
        [COMPOSITE]: [putRequest({ pk: S("x"), sk: S("1") })],
      }),
      step("Scan", { TableName: COMPOSITE }),
    ),
    // Bad input.
    deviationCase(
      "get from a missing table",
      MISSING_TABLE_DEVIATION,
      hashTable(),
      batchGet({ diff_missing: { Keys: keys("a") } }),
    ),
    deviationCase(
      "write to a missing table",
      MISSING_TABLE_DEVIATION,
      hashTable(),
      batchWrite({ diff_missing: [putRequest({ pk: S("a") })] }),
    ),
    got("get with no tables", batchGet({})),
    got("get with no keys", getFrom({})),
    got("get one hundred and one keys", getFrom({}, ...many(101, (i) => `k${i}`))),
    got("get the same key twice", getFrom({}, "a", "a")),
    got("get with a key of the wrong type", batchGet({ [TABLE]: { Keys: [{ pk: N("1") }] } })),
    got("get with an extra key attribute", batchGet({ [TABLE]: { Keys: [{ pk: S("a"), v: N("1") }] } })),
    got("get with an empty key", batchGet({ [TABLE]: { Keys: [{}] } })),
    got("get with a bad projection", getFrom({ ProjectionExpression: "v," }, "a")),
    got(
      "get with projection and AttributesToGet",
      getFrom({ ProjectionExpression: "v", AttributesToGet: ["v"] }, "a"),
    ),
    got(
      "get with an unused name",
      getFrom({ ProjectionExpression: "v", ExpressionAttributeNames: { "#x": "x" } }, "a"),
    ),
    got(
      "get with a bad capacity mode",
      batchGet({ [TABLE]: { Keys: keys("a") } }, { ReturnConsumedCapacity: "ALL" }),
    ),
    got("write with no tables", batchWrite({})),
    got("write with no requests", batchWrite({ [TABLE]: [] })),
    got("write twenty-six items", batchWrite({ [TABLE]: many(26, (i) => putRequest({ pk: S(`w${i}`) })) })),
    got(
      "write the same key twice",
      batchWrite({ [TABLE]: [putRequest({ pk: S("n1") }), putRequest({ pk: S("n1"), v: N("1") })] }),
    ),
    got(
      "put and delete the same key",
      batchWrite({ [TABLE]: [putRequest({ pk: S("a") }), deleteRequest({ pk: S("a") })] }),
    ),
    got(
      "write request with both put and delete",
      batchWrite({
        [TABLE]: [{ PutRequest: { Item: { pk: S("a") } }, DeleteRequest: { Key: { pk: S("a") } } }],
      }),
    ),
    got("write request with neither", batchWrite({ [TABLE]: [{}] })),
    got("put without the key", batchWrite({ [TABLE]: [putRequest({ v: N("1") })] })),
    got("put with a key of the wrong type", batchWrite({ [TABLE]: [putRequest({ pk: N("1") })] })),
    got("put an empty string key", batchWrite({ [TABLE]: [putRequest({ pk: S("") })] })),
    got(
      "put an oversized item",
      batchWrite({ [TABLE]: [putRequest({ pk: S("big"), v: S("x".repeat(409_600)) })] }),
    ),
    got(
      "delete with a partial composite key",
      compositeTable(),
      batchWrite({ [COMPOSITE]: [deleteRequest({ pk: S("x") })] }),
    ),
    got(
      "failed batch writes nothing",
      batchWrite({ [TABLE]: [putRequest({ pk: S("n1") }), putRequest({ pk: N("2") })] }),
      scanAll,
    ),
    got(
      "bad item collection metrics mode",
      batchWrite({ [TABLE]: [putRequest({ pk: S("n1") })] }, { ReturnItemCollectionMetrics: "ALL" }),
    ),
  ],
};

export const batchCases: CaseGroup = withDeviations(batchCaseList, BATCH_DEVIATIONS);
