import { describe, expect, it } from "vitest";
import type { Engine } from "../engine.js";
import { errorOf, ordersEngine, putFiveOrders } from "./fixtures.testing.js";

function orders(): Engine {
  const engine = ordersEngine();
  putFiveOrders(engine);
  return engine;
}

const OPEN = { ":s": { S: "open" } };
const P = { ":p": { S: "p" } };

function query(engine: Engine, input: Record<string, unknown>) {
  return engine.execute("Query", { TableName: "orders", ...input });
}

function queryError(engine: Engine, input: Record<string, unknown>) {
  return errorOf(() => query(engine, input));
}

describe("Query ExclusiveStartKey", () => {
  const base = {
    KeyConditionExpression: "pk = :p AND sk > :s",
    ExpressionAttributeValues: { ...P, ":s": { S: "s2" } },
  };

  it.each([
    [{ pk: { S: "p" } }, "The provided starting key is invalid"],
    [{ pk: { S: "p" }, sk: { S: "s3" }, x: { S: "1" } }, "The provided starting key is invalid"],
    [{ pk: { S: "p" }, other: { S: "s3" } }, "The provided starting key is invalid"],
    [{ pk: { S: "p" }, sk: { N: "3" } }, "The provided key element does not match the schema"],
    [
      { pk: { S: "p" }, sk: { S: "" } },
      "The provided starting key is invalid: One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: sk",
    ],
    [{ pk: { S: "p" }, sk: { S: "s1" } }, "The provided starting key does not match the range key predicate"],
    [{ pk: { S: "q" }, sk: { S: "s3" } }, "The query can return at most one row and cannot be restarted"],
  ])("%j", (start, message) => {
    expect(queryError(orders(), { ...base, ExclusiveStartKey: start })).toEqual({
      type: "ValidationException",
      message,
    });
  });

  it("must stay in the queried partition when there is no sort condition", () => {
    const error = queryError(orders(), {
      KeyConditionExpression: "pk = :p",
      ExpressionAttributeValues: P,
      ExclusiveStartKey: { pk: { S: "q" }, sk: { S: "s1" } },
    });
    expect(error.message).toBe(
      "The provided starting key is outside query boundaries based on provided conditions",
    );
  });

  it("on an index needs the index key and the table key", () => {
    const error = queryError(orders(), {
      IndexName: "byStatus",
      KeyConditionExpression: "#s = :s",
      ExpressionAttributeNames: { "#s": "status" },
      ExpressionAttributeValues: OPEN,
      ExclusiveStartKey: { pk: { S: "p" }, sk: { S: "s1" } },
    });
    expect(error.message).toBe("The provided starting key is invalid");
  });
});
