import type { CaseGroup } from "../harness/types.js";
import {
  COMPOSITE,
  compositeTable,
  deviationCase,
  diffCase,
  get,
  MISSING_TABLE_DEVIATION,
  N,
  onTable,
  put,
  S,
  validationDeviation,
  withItem,
  outcomeOnly,
  keySchemaDeviation,
  hashTable,
} from "./builders.js";

const doc = {
  a: S("x"),
  n: N("7"),
  m: { M: { inner: S("i"), deeper: { M: { z: N("1") } } } },
  l: { L: [S("zero"), S("one"), { M: { k: S("v") } }] },
  "reserved-name": S("r"),
};

export const getItemCases: CaseGroup = {
  title: "GetItem",
  cases: [
    withItem("get an existing item", doc, get({ pk: S("k") })),
    onTable("get a missing item", get({ pk: S("nothing") })),
    withItem("ConsistentRead true", doc, get({ pk: S("k") }, { ConsistentRead: true })),
    withItem(
      "capacity TOTAL eventually consistent",
      doc,
      get({ pk: S("k") }, { ReturnConsumedCapacity: "TOTAL" }),
    ),
    withItem(
      "capacity TOTAL strongly consistent",
      doc,
      get({ pk: S("k") }, { ReturnConsumedCapacity: "TOTAL", ConsistentRead: true }),
    ),
    onTable("capacity of a missing item", get({ pk: S("none") }, { ReturnConsumedCapacity: "TOTAL" })),
    withItem("capacity INDEXES", doc, get({ pk: S("k") }, { ReturnConsumedCapacity: "INDEXES" })),
    withItem("projection of top-level names", doc, get({ pk: S("k") }, { ProjectionExpression: "a, n" })),
    withItem(
      "projection of a nested map path",
      doc,
      get({ pk: S("k") }, { ProjectionExpression: "m.deeper.z" }),
    ),
    withItem(
      "projection of list elements",
      doc,
      get({ pk: S("k") }, { ProjectionExpression: "l[2].k, l[0]" }),
    ),
    withItem(
      "projection of a missing path",
      doc,
      get({ pk: S("k") }, { ProjectionExpression: "nope, m.nope" }),
    ),
    withItem(
      "projection with a name placeholder",
      doc,
      get(
        { pk: S("k") },
        { ProjectionExpression: "#r", ExpressionAttributeNames: { "#r": "reserved-name" } },
      ),
    ),
    withItem(
      "projection of overlapping paths",
      doc,
      get({ pk: S("k") }, { ProjectionExpression: "m, m.inner" }),
    ),
    withItem("projection of the same path twice", doc, get({ pk: S("k") }, { ProjectionExpression: "a, a" })),
    withItem("projection with a reserved word", doc, get({ pk: S("k") }, { ProjectionExpression: "name" })),
    withItem("projection with a syntax error", doc, get({ pk: S("k") }, { ProjectionExpression: "a,, n" })),
    withItem(
      "projection with an undefined name",
      doc,
      get({ pk: S("k") }, { ProjectionExpression: "#nope" }),
    ),
    withItem(
      "projection with an unused name",
      doc,
      get({ pk: S("k") }, { ProjectionExpression: "a", ExpressionAttributeNames: { "#unused": "x" } }),
    ),
    withItem("projection with a value placeholder", doc, get({ pk: S("k") }, { ProjectionExpression: ":v" })),
    withItem("empty projection expression", doc, get({ pk: S("k") }, { ProjectionExpression: "" })),
    withItem("AttributesToGet", doc, get({ pk: S("k") }, { AttributesToGet: ["a", "missing"] })),
    withItem(
      "AttributesToGet with ProjectionExpression",
      doc,
      get({ pk: S("k") }, { AttributesToGet: ["a"], ProjectionExpression: "a" }),
    ),
    outcomeOnly(
      withItem("AttributesToGet with duplicates", doc, get({ pk: S("k") }, { AttributesToGet: ["a", "a"] })),
    ),
    deviationCase(
      "get from a missing table",
      MISSING_TABLE_DEVIATION,
      get({ pk: S("k") }, {}, "diff_missing"),
    ),
    deviationCase(
      "key with an extra attribute",
      keySchemaDeviation(
        "conformance tier3/error-messages/getItem.test.ts (same key-schema rule)",
        "The number of conditions on the keys is invalid",
      ),
      hashTable(),
      get({ pk: S("k"), other: S("x") }),
    ),
    deviationCase(
      "key missing the sort key",
      validationDeviation(
        "conformance tier3/error-messages/getItem.test.ts",
        "DynamoDB Local says the number of key conditions is invalid",
        "The number of conditions on the keys is invalid",
        "The provided key element does not match the schema",
      ),
      compositeTable(),
      get({ pk: S("a") }, {}, COMPOSITE),
    ),
    outcomeOnly(onTable("key with the wrong type", get({ pk: N("1") }))),
    deviationCase(
      "key with the wrong name",
      keySchemaDeviation(
        "conformance tier3/error-messages/getItem.test.ts (same key-schema rule)",
        "One of the required keys was not given a value",
      ),
      hashTable(),
      get({ id: S("1") }),
    ),
    deviationCase(
      "empty key",
      keySchemaDeviation(
        "conformance tier3/error-messages/getItem.test.ts (same key-schema rule)",
        "The number of conditions on the keys is invalid",
      ),
      hashTable(),
      get({}),
    ),
    onTable("empty string key value", get({ pk: S("") })),
    diffCase(
      "numeric key equality across forms",
      compositeTable("N", "N"),
      put({ pk: N("1e3"), sk: N("0.50") }, {}, COMPOSITE),
      get({ pk: N("1000"), sk: N(".5") }, {}, COMPOSITE),
    ),
  ],
};
