import type { CaseGroup } from "../harness/types.js";
import {
  get,
  hashTable,
  N,
  onTable,
  outcomeOnly,
  put,
  S,
  validationDeviation,
  withItem,
  type Body,
} from "./builders.js";

const key = { pk: S("k") };
const doc: Body = {
  n: N("10"),
  s: S("hello"),
  l: { L: [N("1")] },
  ss: { SS: ["a", "b"] },
  m: { M: { x: N("1") } },
};
const cond = (expression: string, values?: Body, names?: Body) =>
  put(
    { pk: S("k"), v: S("new") },
    {
      ConditionExpression: expression,
      ...(values ? { ExpressionAttributeValues: values } : {}),
      ...(names ? { ExpressionAttributeNames: names } : {}),
    },
  );
const storeNumber = (name: string, value: string) => ({
  name,
  steps: [hashTable(), put({ pk: S("k"), n: N(value) }), get(key)],
});

const rejectNumber = (name: string, value: string) => ({
  name,
  steps: [hashTable(), put({ pk: S("k"), n: N(value) })],
});

export const valuesAndConditionsCases: CaseGroup = {
  title: "Numbers, sizes and conditions",
  cases: [
    storeNumber("number with leading zeros is normalised", "00042"),
    storeNumber("number with trailing zeros is normalised", "3.1400"),
    storeNumber("exponent number is normalised", "1.5E2"),
    storeNumber("negative zero is normalised", "-0"),
    storeNumber("plus sign is accepted", "+5"),
    storeNumber("38 significant digits are kept", "12345678901234567890123456789012345678"),
    storeNumber("smallest positive magnitude", "1E-130"),
    storeNumber("largest magnitude", "9.9999999999999999999999999999999999999E+125"),
    outcomeOnly(
      rejectNumber("39 significant digits are rejected", "123456789012345678901234567890123456789"),
    ),
    rejectNumber("number overflow is rejected", "1E+126"),
    rejectNumber("number underflow is rejected", "1E-131"),
    outcomeOnly(rejectNumber("not a number is rejected", "abc")),
    outcomeOnly(rejectNumber("NaN is rejected", "NaN")),
    outcomeOnly(rejectNumber("empty number is rejected", "")),
    onTable(
      "number key values are equal across forms",
      put({ pk: S("k"), n: N("1e3") }),
      put(
        { pk: S("k"), n: N("1000") },
        { ConditionExpression: "n = :v", ExpressionAttributeValues: { ":v": N("1000.0") } },
      ),
    ),
    {
      name: "item of exactly 400 KB is accepted",
      steps: [
        hashTable(),
        put({ pk: S("k"), d: S("x".repeat(409_600 - 3 - 1)) }, { ReturnConsumedCapacity: "TOTAL" }),
      ],
    },
    {
      name: "item over 400 KB is rejected",
      steps: [hashTable(), put({ pk: S("k"), d: S("x".repeat(409_600)) })],
    },
    {
      name: "partition key of 2048 bytes is accepted",
      steps: [hashTable(), put({ pk: S("p".repeat(2048)) })],
    },
    outcomeOnly({
      name: "partition key over 2048 bytes is rejected",
      steps: [hashTable(), put({ pk: S("p".repeat(2049)) })],
    }),
    withItem("condition = passes", doc, cond("n = :v", { ":v": N("10") })),
    withItem("condition <> fails", doc, cond("n <> :v", { ":v": N("10") })),
    withItem("condition comparing different types is false", doc, cond("n = :v", { ":v": S("10") })),
    withItem("condition BETWEEN", doc, cond("n BETWEEN :a AND :b", { ":a": N("1"), ":b": N("10") })),
    withItem(
      "condition BETWEEN with reversed bounds",
      doc,
      cond("n BETWEEN :b AND :a", { ":a": N("1"), ":b": N("10") }),
    ),
    withItem("condition IN", doc, cond("s IN (:a, :b)", { ":a": S("x"), ":b": S("hello") })),
    withItem("condition begins_with", doc, cond("begins_with(s, :p)", { ":p": S("he") })),
    withItem("condition contains on a set", doc, cond("contains(ss, :v)", { ":v": S("b") })),
    withItem("condition size of a string", doc, cond("size(s) = :five", { ":five": N("5") })),
    withItem("condition attribute_type", doc, cond("attribute_type(m, :t)", { ":t": S("M") })),
    {
      ...withItem(
        "condition attribute_type with a bad type",
        doc,
        cond("attribute_type(m, :t)", { ":t": S("MAP") }),
      ),
      deviation: validationDeviation(
        "dynalite (its expression tests are checked against live DynamoDB): db/conditionParser.js attribute_type message; /work/shared/reference/dynamodb-behaviour.md",
        "DynamoDB Local lists the valid attribute types in another order",
        "Invalid ConditionExpression: Invalid attribute type name found; type: MAP, valid types: {N,BS,L,B,NULL,M,S,SS,NS,BOOL}",
        "Invalid ConditionExpression: Invalid attribute type name found; type: MAP, valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}",
      ),
    },
    withItem(
      "condition NOT and OR",
      doc,
      cond("NOT (n = :a) OR s = :b", { ":a": N("10"), ":b": S("hello") }),
    ),
    withItem("condition on a nested path", doc, cond("m.x = :one AND l[0] = :one", { ":one": N("1") })),
    withItem("condition with a name placeholder", doc, cond("#s = :v", { ":v": S("hello") }, { "#s": "s" })),
    withItem("condition with redundant parentheses", doc, cond("((n = :v))", { ":v": N("10") })),
    withItem("condition with a syntax error", doc, cond("n = = :v", { ":v": N("10") })),
    withItem("condition with an unknown function", doc, cond("exists(n)")),
    withItem("condition with a function name in upper case", doc, cond("ATTRIBUTE_EXISTS(n)")),
    withItem("condition with a reserved word", doc, cond("status = :v", { ":v": N("1") })),
    withItem("condition with an undefined value", doc, cond("n = :missing")),
    withItem("condition with an unused value", doc, cond("attribute_exists(n)", { ":unused": N("1") })),
    withItem("condition with an empty expression", doc, cond("")),
    withItem("condition comparing a value with itself", doc, cond(":a = :a", { ":a": N("1") })),
    withItem("condition size of a number", doc, cond("size(n) = :v", { ":v": N("1") })),
    withItem("condition begins_with on a number", doc, cond("begins_with(n, :p)", { ":p": S("1") })),
    onTable(
      "ExpressionAttributeValues without an expression",
      put({ pk: S("k") }, { ExpressionAttributeValues: { ":v": S("unused") } }),
    ),
    onTable(
      "ExpressionAttributeNames without an expression",
      put({ pk: S("k") }, { ExpressionAttributeNames: { "#n": "unused" } }),
    ),
    onTable(
      "Expected with ConditionExpression",
      put(
        { pk: S("k") },
        { Expected: { pk: { Exists: false } }, ConditionExpression: "attribute_not_exists(pk)" },
      ),
    ),
    onTable(
      "legacy Expected Exists false passes",
      put({ pk: S("k") }, { Expected: { pk: { Exists: false } } }),
    ),
    withItem(
      "legacy Expected Value mismatch fails",
      doc,
      put({ pk: S("k") }, { Expected: { n: { Value: N("11") } } }),
    ),
    withItem(
      "legacy Expected BEGINS_WITH passes",
      doc,
      put(
        { pk: S("k") },
        { Expected: { s: { ComparisonOperator: "BEGINS_WITH", AttributeValueList: [S("he")] } } },
      ),
    ),
    withItem(
      "legacy Expected NOT_NULL passes",
      doc,
      put({ pk: S("k") }, { Expected: { s: { ComparisonOperator: "NOT_NULL" } } }),
    ),
    withItem(
      "legacy Expected OR ConditionalOperator",
      doc,
      put(
        { pk: S("k") },
        { Expected: { n: { Value: N("0") }, s: { Value: S("hello") } }, ConditionalOperator: "OR" },
      ),
    ),
    withItem(
      "legacy Expected Exists true without a Value",
      doc,
      put({ pk: S("k") }, { Expected: { n: { Exists: true } } }),
    ),
    withItem(
      "legacy Expected BETWEEN with one value",
      doc,
      put(
        { pk: S("k") },
        { Expected: { n: { ComparisonOperator: "BETWEEN", AttributeValueList: [N("1")] } } },
      ),
    ),
  ],
};
