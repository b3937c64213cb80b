import type { CaseGroup } from "../harness/types.js";
import {
  deviationCase,
  outcomeOnly,
  MISSING_TABLE_DEVIATION,
  N,
  onTable,
  S,
  update,
  validation,
  withItem,
  type Body,
} from "./builders.js";

const doc: Body = {
  n: N("10"),
  s: S("text"),
  l: { L: [N("1"), N("2"), N("3")] },
  m: { M: { a: { M: { b: S("deep") } } } },
  ss: { SS: ["x", "y"] },
  ns: { NS: ["1", "2"] },
};
const key = { pk: S("k") };
const set = (expression: string, values?: Body, extra: Body = {}) =>
  update(key, {
    UpdateExpression: expression,
    ...(values ? { ExpressionAttributeValues: values } : {}),
    ReturnValues: "ALL_NEW",
    ...extra,
  });

export const updateItemCases: CaseGroup = {
  title: "UpdateItem",
  cases: [
    onTable("update creates a missing item", set("SET a = :v", { ":v": S("new") })),
    withItem("SET a top-level attribute", doc, set("SET s = :v", { ":v": S("changed") })),
    withItem("SET two attributes", doc, set("SET s = :v, x = :w", { ":v": S("a"), ":w": N("2") })),
    withItem("SET a nested map path", doc, set("SET m.a.b = :v", { ":v": S("changed") })),
    withItem("SET a new key in a nested map", doc, set("SET m.a.c = :v", { ":v": N("1") })),
    withItem("SET a list element", doc, set("SET l[1] = :v", { ":v": S("two") })),
    withItem("SET a list index past the end appends", doc, set("SET l[10] = :v", { ":v": S("end") })),
    withItem("SET addition", doc, set("SET n = n + :d", { ":d": N("5.5") })),
    withItem("SET subtraction", doc, set("SET n = n - :d", { ":d": N("20") })),
    withItem("SET arithmetic on a missing attribute", doc, set("SET nope = nope + :d", { ":d": N("1") })),
    withItem("SET arithmetic on a string", doc, set("SET s = s + :d", { ":d": N("1") })),
    withItem(
      "SET if_not_exists on a missing attribute",
      doc,
      set("SET c = if_not_exists(c, :z)", { ":z": N("0") }),
    ),
    withItem(
      "SET if_not_exists on an existing attribute",
      doc,
      set("SET n = if_not_exists(n, :z)", { ":z": N("0") }),
    ),
    withItem(
      "SET counter with if_not_exists plus one",
      doc,
      set("SET c = if_not_exists(c, :z) + :one", { ":z": N("0"), ":one": N("1") }),
    ),
    withItem(
      "SET list_append at the end",
      doc,
      set("SET l = list_append(l, :more)", { ":more": { L: [N("4")] } }),
    ),
    withItem(
      "SET list_append at the front",
      doc,
      set("SET l = list_append(:more, l)", { ":more": { L: [N("0")] } }),
    ),
    withItem("SET list_append with a non-list", doc, set("SET l = list_append(l, :v)", { ":v": N("4") })),
    withItem("SET from an attribute named by a reserved word", doc, set("SET copy = s")),
    withItem("REMOVE attributes", doc, set("REMOVE s, n")),
    withItem("REMOVE a list element", doc, set("REMOVE l[0]")),
    withItem("REMOVE a nested path", doc, set("REMOVE m.a.b")),
    withItem("REMOVE a missing attribute", doc, set("REMOVE nothing")),
    withItem("ADD to a number", doc, set("ADD n :d", { ":d": N("-3") })),
    withItem("ADD creates a number", doc, set("ADD fresh :d", { ":d": N("3") })),
    withItem("ADD to a string set", doc, set("ADD ss :v", { ":v": { SS: ["y", "z"] } })),
    withItem("ADD a number to a string set", doc, set("ADD ss :v", { ":v": N("1") })),
    withItem("ADD to a string", doc, set("ADD s :v", { ":v": N("1") })),
    withItem("DELETE from a string set", doc, set("DELETE ss :v", { ":v": { SS: ["x"] } })),
    withItem("DELETE every member removes the set", doc, set("DELETE ns :v", { ":v": { NS: ["1", "2"] } })),
    withItem("DELETE with a scalar", doc, set("DELETE ss :v", { ":v": S("x") })),
    withItem(
      "all four clauses",
      doc,
      set("SET a = :a REMOVE s ADD n :one DELETE ss :x", {
        ":a": N("1"),
        ":one": N("1"),
        ":x": { SS: ["x"] },
      }),
    ),
    withItem("lower-case clause keywords", doc, set("set a = :a remove s", { ":a": N("1") })),
    withItem(
      "ReturnValues UPDATED_NEW",
      doc,
      set("SET s = :v, n = n + :one", { ":v": S("u"), ":one": N("1") }, { ReturnValues: "UPDATED_NEW" }),
    ),
    withItem(
      "ReturnValues UPDATED_OLD",
      doc,
      set("SET s = :v REMOVE n", { ":v": S("u") }, { ReturnValues: "UPDATED_OLD" }),
    ),
    withItem("ReturnValues ALL_OLD", doc, set("SET s = :v", { ":v": S("u") }, { ReturnValues: "ALL_OLD" })),
    withItem("ReturnValues NONE", doc, set("SET s = :v", { ":v": S("u") }, { ReturnValues: "NONE" })),
    withItem(
      "UPDATED_NEW of a nested path",
      doc,
      set("SET m.a.b = :v", { ":v": S("u") }, { ReturnValues: "UPDATED_NEW" }),
    ),
    withItem(
      "ReturnConsumedCapacity TOTAL",
      doc,
      set("SET s = :v", { ":v": S("u") }, { ReturnConsumedCapacity: "TOTAL" }),
    ),
    withItem(
      "condition fails with ReturnValuesOnConditionCheckFailure",
      doc,
      set(
        "SET s = :v",
        { ":v": S("u"), ":ten": N("11") },
        { ConditionExpression: "n = :ten", ReturnValuesOnConditionCheckFailure: "ALL_OLD" },
      ),
    ),
    withItem(
      "condition passes",
      doc,
      set("SET s = :v", { ":v": S("u"), ":ten": N("10") }, { ConditionExpression: "n = :ten" }),
    ),
    deviationCase(
      "update a missing table",
      MISSING_TABLE_DEVIATION,
      update(
        key,
        { UpdateExpression: "SET a = :v", ExpressionAttributeValues: { ":v": S("x") } },
        "diff_missing",
      ),
    ),
    withItem("SET the partition key", doc, set("SET pk = :v", { ":v": S("other") })),
    withItem("REMOVE the partition key", doc, set("REMOVE pk")),
    withItem("empty update expression", doc, set("")),
    withItem("syntax error", doc, set("INVALID SYNTAX")),
    withItem("SET used twice", doc, set("SET a = :v SET b = :v", { ":v": N("1") })),
    withItem("overlapping paths", doc, set("SET m.a = :v REMOVE m.a.b", { ":v": N("1") })),
    withItem("same path twice", doc, set("SET s = :v, s = :w", { ":v": N("1"), ":w": N("2") })),
    withItem("undefined value placeholder", doc, set("SET s = :v")),
    withItem("undefined name placeholder", doc, set("SET #x = :v", { ":v": N("1") })),
    withItem("unused value placeholder", doc, set("SET s = :v", { ":v": N("1"), ":unused": N("2") })),
    withItem(
      "unused name placeholder",
      doc,
      set("SET s = :v", { ":v": N("1") }, { ExpressionAttributeNames: { "#unused": "x" } }),
    ),
    {
      ...withItem("reserved word as a name", doc, set("SET size = :v", { ":v": N("1") })),
      // Unverified choice: no public record of DynamoDB's answer. SIZE is on the documented
      // reserved-word list, so the engine refuses it as it refuses `status` or `ttl`; DynamoDB
      // Local refuses those two but takes `size` as a plain name.
      deviation: {
        source:
          "Unverified choice: Developer Guide, Reserved words in DynamoDB (SIZE is listed; an expression must use a placeholder for a reserved word)",
        note: "DynamoDB Local accepts the reserved word SIZE as an attribute name in an update expression",
        local: {
          status: 200,
          body: { Attributes: { ...doc, pk: S("k"), size: N("1") } },
        },
        dynamodb: validation(
          "Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: size",
        ),
      },
    },
    withItem("unknown function", doc, set("SET s = nope(s)")),
    withItem("if_not_exists with one operand", doc, set("SET s = if_not_exists(s)")),
    withItem("list index on a map", doc, set("SET m[0] = :v", { ":v": N("1") })),
    withItem("nested path through a missing map", doc, set("SET nomap.x = :v", { ":v": N("1") })),
    withItem("ADD with a list value", doc, set("ADD l :v", { ":v": { L: [N("1")] } })),
    withItem(
      "AttributeUpdates with UpdateExpression",
      doc,
      update(key, {
        UpdateExpression: "SET a = :v",
        ExpressionAttributeValues: { ":v": N("1") },
        AttributeUpdates: { b: { Action: "PUT", Value: N("1") } },
      }),
    ),
    withItem(
      "legacy AttributeUpdates PUT and DELETE",
      doc,
      update(key, {
        AttributeUpdates: { s: { Action: "DELETE" }, z: { Action: "PUT", Value: S("z") } },
        ReturnValues: "ALL_NEW",
      }),
    ),
    withItem(
      "legacy AttributeUpdates ADD to a number",
      doc,
      update(key, { AttributeUpdates: { n: { Action: "ADD", Value: N("5") } }, ReturnValues: "UPDATED_NEW" }),
    ),
    withItem(
      "legacy AttributeUpdates on the key",
      doc,
      update(key, { AttributeUpdates: { pk: { Action: "PUT", Value: S("x") } } }),
    ),
    withItem(
      "legacy Expected with AttributeUpdates",
      doc,
      update(key, {
        AttributeUpdates: { s: { Action: "PUT", Value: S("u") } },
        Expected: { n: { Value: N("10") } },
        ReturnValues: "ALL_NEW",
      }),
    ),
    withItem(
      "legacy Expected ComparisonOperator GT fails",
      doc,
      update(key, {
        AttributeUpdates: { s: { Action: "PUT", Value: S("u") } },
        Expected: { n: { ComparisonOperator: "GT", AttributeValueList: [N("100")] } },
      }),
    ),
    outcomeOnly(
      withItem(
        "number overflow by arithmetic",
        { n: N("9.9999999999999999999999999999999999999E+125") },
        set("SET n = n + :v", { ":v": N("9.9999999999999999999999999999999999999E+125") }),
      ),
    ),
    outcomeOnly(
      withItem("arithmetic beyond 38 digits", { n: N("1e50") }, set("SET n = n + :v", { ":v": N("1") })),
    ),
    withItem("update without any action keeps the item", doc, update(key, { ReturnValues: "ALL_NEW" })),
  ],
};
