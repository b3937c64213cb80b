import type { CaseGroup, DiffCase, Step } from "../harness/types.js";
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

const seeded = (...rest: Step[]): Step[] => [
  hashTable(),
  put({ pk: S("a"), v: N("1"), s: S("alpha") }),
  put({ pk: S("b"), v: N("2") }),
  ...rest,
];
const tx = (name: string, ...rest: Step[]): DiffCase => diffCase(name, ...seeded(...rest));
const write = (items: Body[], extra: Body = {}) =>
  step("TransactWriteItems", { TransactItems: items, ...extra });
const read = (items: Body[], extra: Body = {}) =>
  step("TransactGetItems", { TransactItems: items, ...extra });
const Put = (item: Body, extra: Body = {}) => ({ Put: { TableName: TABLE, Item: item, ...extra } });
const Update = (key: Body, expression: string, values: Body = {}, extra: Body = {}) => ({
  Update: {
    TableName: TABLE,
    Key: key,
    UpdateExpression: expression,
    ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
    ...extra,
  },
});
const Delete = (key: Body, extra: Body = {}) => ({ Delete: { TableName: TABLE, Key: key, ...extra } });
const Check = (key: Body, condition: string, values: Body = {}, extra: Body = {}) => ({
  ConditionCheck: {
    TableName: TABLE,
    Key: key,
    ConditionExpression: condition,
    ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
    ...extra,
  },
});
const Get = (key: Body, extra: Body = {}) => ({ Get: { TableName: TABLE, Key: key, ...extra } });
const k = (name: string) => ({ pk: S(name) });
const scanAll = step("Scan", { TableName: TABLE }, { unordered: ["Items"] });
const fails = { ":one": N("99") };

export const transactionCases: CaseGroup = {
  title: "TransactWriteItems TransactGetItems",
  cases: [
    tx("put two items", write([Put({ pk: S("n1") }), Put({ pk: S("n2"), v: N("5") })]), scanAll),
    tx(
      "put, update, delete and check",
      write([
        Put({ pk: S("n1") }),
        Update(k("a"), "SET v = v + :d", { ":d": N("10") }),
        Delete(k("b")),
        Check(k("a"), "attribute_exists(s)"),
      ]),
      scanAll,
    ),
    tx("write answer is empty", write([Put({ pk: S("n1") })])),
    tx(
      "conditional put succeeds",
      write([Put({ pk: S("n1") }, { ConditionExpression: "attribute_not_exists(pk)" })]),
      scanAll,
    ),
    tx("update creates an item", write([Update(k("new"), "SET w = :w", { ":w": S("x") })]), scanAll),
    tx("delete a missing item", write([Delete(k("zzz"))]), scanAll),
    tx(
      "write capacity TOTAL",
      write([Put({ pk: S("n1") }), Check(k("a"), "attribute_exists(pk)")], {
        ReturnConsumedCapacity: "TOTAL",
      }),
    ),
    tx(
      "write capacity INDEXES",
      write([Put({ pk: S("n1") }), Delete(k("a"))], { ReturnConsumedCapacity: "INDEXES" }),
    ),
    tx(
      "write item collection metrics without an LSI",
      write([Put({ pk: S("n1") })], { ReturnItemCollectionMetrics: "SIZE" }),
    ),
    tx(
      "idempotent retry with the same token",
      write([Update(k("a"), "SET v = v + :d", { ":d": N("1") })], { ClientRequestToken: "token-1" }),
      write([Update(k("a"), "SET v = v + :d", { ":d": N("1") })], { ClientRequestToken: "token-1" }),
      step("GetItem", { TableName: TABLE, Key: k("a") }),
    ),
    tx(
      "different tokens both apply",
      write([Update(k("a"), "SET v = v + :d", { ":d": N("1") })], { ClientRequestToken: "token-1" }),
      write([Update(k("a"), "SET v = v + :d", { ":d": N("1") })], { ClientRequestToken: "token-2" }),
      step("GetItem", { TableName: TABLE, Key: k("a") }),
    ),
    tx(
      "write to two tables",
      compositeTable(),
      write([Put({ pk: S("n1") }), { Put: { TableName: COMPOSITE, Item: { pk: S("x"), sk: S("y") } } }]),
      step("Scan", { TableName: COMPOSITE }),
    ),
    tx(
      "one hundred writes",
      write(Array.from({ length: 100 }, (_, i) => Put({ pk: S(`w${i}`) }))),
      step("Scan", { TableName: TABLE, Select: "COUNT" }),
    ),
    tx("get two items", read([Get(k("a")), Get(k("b"))])),
    tx("get a missing item", read([Get(k("a")), Get(k("zzz"))])),
    tx("get with a projection", read([Get(k("a"), { ProjectionExpression: "s" })])),
    tx(
      "get with a name placeholder",
      read([Get(k("a"), { ProjectionExpression: "#v", ExpressionAttributeNames: { "#v": "v" } })]),
    ),
    tx("get capacity TOTAL", read([Get(k("a")), Get(k("zzz"))], { ReturnConsumedCapacity: "TOTAL" })),
    tx("get capacity INDEXES", read([Get(k("a"))], { ReturnConsumedCapacity: "INDEXES" })),
    // Cancellations and bad input.
    tx(
      "condition fails: cancellation reasons",
      write([Put({ pk: S("n1") }), Check(k("a"), "v = :one", fails)]),
    ),
    tx(
      "cancelled transaction writes nothing",
      write([Put({ pk: S("n1") }), Check(k("a"), "v = :one", fails)]),
      scanAll,
    ),
    tx(
      "failed put condition returns the old item",
      write([
        Put(
          { pk: S("a") },
          { ConditionExpression: "attribute_not_exists(pk)", ReturnValuesOnConditionCheckFailure: "ALL_OLD" },
        ),
      ]),
    ),
    tx(
      "failed update condition",
      write([
        Update(k("a"), "SET v = :one", fails, { ConditionExpression: "v = :one" }),
        Put({ pk: S("n1") }),
      ]),
    ),
    tx(
      "failed delete condition with ALL_OLD",
      write([
        Delete(k("b"), {
          ConditionExpression: "attribute_not_exists(v)",
          ReturnValuesOnConditionCheckFailure: "ALL_OLD",
        }),
      ]),
    ),
    tx("two failing conditions", write([Check(k("a"), "v = :one", fails), Check(k("b"), "v = :one", fails)])),
    tx("check on a missing item fails", write([Check(k("zzz"), "attribute_exists(pk)")])),
    tx(
      "update error becomes a reason",
      write([Put({ pk: S("n1") }), Update(k("a"), "SET s = s + :d", { ":d": N("1") })]),
    ),
    tx("two operations on one item", write([Put({ pk: S("a") }), Delete(k("a"))])),
    tx(
      "same token with different content",
      write([Put({ pk: S("n1") })], { ClientRequestToken: "token-1" }),
      write([Put({ pk: S("n2") })], { ClientRequestToken: "token-1" }),
    ),
    deviationCase(
      "write to a missing table",
      MISSING_TABLE_DEVIATION,
      hashTable(),
      write([{ Put: { TableName: "diff_missing", Item: { pk: S("a") } } }]),
    ),
    deviationCase(
      "get from a missing table",
      MISSING_TABLE_DEVIATION,
      hashTable(),
      read([{ Get: { TableName: "diff_missing", Key: { pk: S("a") } } }]),
    ),
    tx("no write items", write([])),
    tx("one hundred and one writes", write(Array.from({ length: 101 }, (_, i) => Put({ pk: S(`w${i}`) })))),
    tx("no get items", read([])),
    tx("one hundred and one gets", read(Array.from({ length: 101 }, (_, i) => Get(k(`g${i}`))))),
    tx("write item with two actions", write([{ ...Put({ pk: S("n1") }), ...Delete(k("a")) }])),
    tx("write item with no action", write([{}])),
    tx("put without the key", write([Put({ v: N("1") })])),
    tx("put with a key of the wrong type", write([Put({ pk: N("1") })])),
    tx("update of the key", write([Update(k("a"), "SET pk = :v", { ":v": S("z") })])),
    tx("update syntax error", write([Update(k("a"), "SET = 1")])),
    tx("check without a condition", write([{ ConditionCheck: { TableName: TABLE, Key: k("a") } }])),
    tx("condition with an undefined value", write([Check(k("a"), "v = :nope")])),
    tx(
      "unused expression value",
      write([Put({ pk: S("n1") }, { ExpressionAttributeValues: { ":x": N("1") } })]),
    ),
    tx("token too long", write([Put({ pk: S("n1") })], { ClientRequestToken: "t".repeat(37) })),
    tx(
      "bad ReturnValuesOnConditionCheckFailure",
      write([Put({ pk: S("n1") }, { ReturnValuesOnConditionCheckFailure: "ALL_NEW" })]),
    ),
    tx("get with a key of the wrong type", read([Get({ pk: N("1") })])),
    tx("get with an extra key attribute", read([Get({ pk: S("a"), v: N("1") })])),
    tx("get the same item twice", read([Get(k("a")), Get(k("a"))])),
    tx("get with a bad projection", read([Get(k("a"), { ProjectionExpression: "a.." })])),
    tx("get with a bad capacity mode", read([Get(k("a"))], { ReturnConsumedCapacity: "ALL" })),
    tx("oversized put", write([Put({ pk: S("big"), v: S("x".repeat(409_600)) })])),
  ],
};
