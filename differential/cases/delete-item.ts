import type { CaseGroup } from "../harness/types.js";
import {
  COMPOSITE,
  compositeTable,
  deviationCase,
  get,
  MISSING_TABLE_DEVIATION,
  N,
  onTable,
  remove,
  S,
  validationDeviation,
  withItem,
  outcomeOnly,
  unrequestedCapacityDeviation,
  hashTable,
  TABLE,
} from "./builders.js";

export const deleteItemCases: CaseGroup = {
  title: "DeleteItem",
  cases: [
    withItem("delete an existing item", { v: N("1") }, remove({ pk: S("k") })),
    withItem("item is gone after delete", { v: N("1") }, remove({ pk: S("k") }), get({ pk: S("k") })),
    deviationCase(
      "delete a missing item",
      unrequestedCapacityDeviation(TABLE, 1),
      hashTable(),
      remove({ pk: S("none") }),
    ),
    withItem(
      "ReturnValues ALL_OLD",
      { v: N("1"), s: { SS: ["a"] } },
      remove({ pk: S("k") }, { ReturnValues: "ALL_OLD" }),
    ),
    deviationCase(
      "ReturnValues ALL_OLD on a missing item",
      unrequestedCapacityDeviation(TABLE, 1),
      hashTable(),
      remove({ pk: S("none") }, { ReturnValues: "ALL_OLD" }),
    ),
    outcomeOnly(
      withItem("ReturnValues ALL_NEW is rejected", {}, remove({ pk: S("k") }, { ReturnValues: "ALL_NEW" })),
    ),
    outcomeOnly(
      withItem(
        "ReturnValues UPDATED_NEW is rejected",
        {},
        remove({ pk: S("k") }, { ReturnValues: "UPDATED_NEW" }),
      ),
    ),
    withItem(
      "capacity TOTAL",
      { blob: S("x".repeat(1500)) },
      remove({ pk: S("k") }, { ReturnConsumedCapacity: "TOTAL" }),
    ),
    onTable("capacity of a missing item", remove({ pk: S("none") }, { ReturnConsumedCapacity: "TOTAL" })),
    withItem(
      "condition passes",
      { v: N("1") },
      remove(
        { pk: S("k") },
        { ConditionExpression: "v = :one", ExpressionAttributeValues: { ":one": N("1") } },
      ),
    ),
    withItem(
      "condition fails",
      { v: N("1") },
      remove(
        { pk: S("k") },
        { ConditionExpression: "v = :two", ExpressionAttributeValues: { ":two": N("2") } },
      ),
    ),
    withItem(
      "condition fails with ReturnValuesOnConditionCheckFailure ALL_OLD",
      { v: N("1") },
      remove(
        { pk: S("k") },
        {
          ConditionExpression: "v = :two",
          ExpressionAttributeValues: { ":two": N("2") },
          ReturnValuesOnConditionCheckFailure: "ALL_OLD",
        },
      ),
    ),
    onTable(
      "attribute_exists on a missing item fails",
      remove({ pk: S("none") }, { ConditionExpression: "attribute_exists(pk)" }),
    ),
    deviationCase(
      "attribute_not_exists on a missing item passes",
      unrequestedCapacityDeviation(TABLE, 1),
      hashTable(),
      remove({ pk: S("none") }, { ConditionExpression: "attribute_not_exists(pk)" }),
    ),
    deviationCase(
      "delete from a missing table",
      MISSING_TABLE_DEVIATION,
      remove({ pk: S("k") }, {}, "diff_missing"),
    ),
    deviationCase(
      "key missing the sort key",
      validationDeviation(
        "conformance tier3/error-messages/deleteItem.test.ts",
        "DynamoDB Local says the number of key conditions is invalid",
        "The number of conditions on the keys is invalid",
        "The provided key element does not match the schema",
      ),
      compositeTable(),
      remove({ pk: S("a") }, {}, COMPOSITE),
    ),
    outcomeOnly(onTable("key with the wrong type", remove({ pk: N("1") }))),
    withItem(
      "Expected with ConditionExpression",
      {},
      remove(
        { pk: S("k") },
        { Expected: { pk: { Exists: true, Value: S("k") } }, ConditionExpression: "attribute_exists(pk)" },
      ),
    ),
    withItem(
      "legacy Expected Exists false fails",
      {},
      remove({ pk: S("k") }, { Expected: { pk: { Exists: false } } }),
    ),
  ],
};
