import { describe, expect, it } from "vitest";
import { validateRequest } from "./validate-request.js";
import { rejection } from "./test-support.js";

const TABLE = "orders";

function serializationMessage(operation: string, input: Record<string, unknown>): string {
  const { type, message } = rejection(operation, input);
  expect(type).toBe("SerializationException");
  return message;
}

describe("string members", () => {
  it.each([
    [5, "NUMBER_VALUE can not be converted to a String"],
    [1.5, "DECIMAL_VALUE can not be converted to a String"],
    [true, "TRUE_VALUE can not be converted to a String"],
    [false, "FALSE_VALUE can not be converted to a String"],
    [["orders"], "Start of list found where not expected"],
    [{ name: "orders" }, "Start of structure or map found where not expected."],
  ])("TableName %j → %s", (tableName, expected) => {
    expect(serializationMessage("GetItem", { TableName: tableName, Key: {} })).toBe(expected);
  });
});

describe("number members", () => {
  it.each([
    ["x", "STRING_VALUE can not be converted to an Integer"],
    ["5", "STRING_VALUE can not be converted to an Integer"],
    [true, "TRUE_VALUE can not be converted to an Integer"],
    [[1], "Start of list found where not expected"],
    [{}, "Start of structure or map found where not expected."],
  ])("Scan Limit %j → %s", (limit, expected) => {
    expect(serializationMessage("Scan", { TableName: TABLE, Limit: limit })).toBe(expected);
  });

  it("names Long for capacity units", () => {
    const input = {
      TableName: TABLE,
      ProvisionedThroughput: { ReadCapacityUnits: "5", WriteCapacityUnits: 5 },
    };
    expect(serializationMessage("UpdateTable", input)).toBe("STRING_VALUE can not be converted to a Long");
  });
});

describe("boolean members", () => {
  it.each([
    [1, "NUMBER_VALUE can not be converted to a Boolean"],
    [0.5, "DECIMAL_VALUE can not be converted to a Boolean"],
    ["maybe", "STRING_VALUE can not be converted to an Boolean"],
    [[true], "Start of list found where not expected"],
  ])("ConsistentRead %j → %s", (value, expected) => {
    expect(serializationMessage("GetItem", { TableName: TABLE, Key: {}, ConsistentRead: value })).toBe(
      expected,
    );
  });

  it("reads the string spellings DynamoDB accepts as booleans", () => {
    const truthy = { TableName: TABLE, Key: {}, ConsistentRead: "TRUE" };
    validateRequest("GetItem", truthy);
    expect(truthy.ConsistentRead).toBe(true);
    const falsy = { TableName: TABLE, Key: {}, ConsistentRead: "no" };
    validateRequest("GetItem", falsy);
    expect(falsy.ConsistentRead).toBe(false);
  });
});

describe("containers", () => {
  it("rejects a list where a map is expected", () => {
    expect(serializationMessage("GetItem", { TableName: TABLE, Key: [] })).toBe(
      "Start of list found where not expected",
    );
  });

  it("rejects a scalar where a map is expected", () => {
    expect(serializationMessage("PutItem", { TableName: TABLE, Item: "pk" })).toBe("Expected map or null");
  });

  it("rejects a map where a list is expected", () => {
    const input = { TableName: TABLE, KeySchema: {}, AttributeDefinitions: [] };
    expect(serializationMessage("CreateTable", input)).toBe(
      "Start of structure or map found where not expected.",
    );
  });

  it("rejects a scalar where a list is expected", () => {
    expect(serializationMessage("TransactGetItems", { TransactItems: "all" })).toBe("Expected list or null");
  });

  it("rejects a scalar or a list where a structure is expected", () => {
    const base = { TableName: TABLE, KeySchema: [], AttributeDefinitions: [] };
    expect(serializationMessage("CreateTable", { ...base, ProvisionedThroughput: 5 })).toBe("Expected null");
    expect(serializationMessage("CreateTable", { ...base, ProvisionedThroughput: [] })).toBe(
      "Start of list found where not expected",
    );
  });

  it("checks members nested in lists of structures", () => {
    const input = {
      TableName: TABLE,
      KeySchema: [{ AttributeName: 7, KeyType: "HASH" }],
      AttributeDefinitions: [],
    };
    expect(serializationMessage("CreateTable", input)).toBe("NUMBER_VALUE can not be converted to a String");
  });

  it("checks map values that are structures", () => {
    const input = { RequestItems: { [TABLE]: { Keys: [{}], ConsistentRead: 3 } } };
    expect(serializationMessage("BatchGetItem", input)).toBe(
      "NUMBER_VALUE can not be converted to a Boolean",
    );
  });

  it("checks expression attribute names as strings", () => {
    const input = { TableName: TABLE, Key: {}, ExpressionAttributeNames: { "#a": 1 } };
    expect(serializationMessage("GetItem", input)).toBe("NUMBER_VALUE can not be converted to a String");
  });
});

describe("ordering against constraint violations", () => {
  it("reports a type error even when an earlier member breaks a constraint", () => {
    expect(serializationMessage("Scan", { TableName: "x", Select: "BAD", Limit: "ten" })).toBe(
      "STRING_VALUE can not be converted to an Integer",
    );
  });

  it("reports the first wrong member in model order", () => {
    expect(serializationMessage("PutItem", { Item: 1, TableName: 2 })).toBe(
      "NUMBER_VALUE can not be converted to a String",
    );
  });
});

describe("members outside the model", () => {
  it("ignores unknown members", () => {
    expect(() => validateRequest("GetItem", { TableName: TABLE, Key: {}, Bogus: [1, 2] })).not.toThrow();
  });

  it("treats null as absent for optional members", () => {
    expect(() => validateRequest("Scan", { TableName: TABLE, Limit: null, Select: null })).not.toThrow();
  });

  it("leaves attribute values to the values layer", () => {
    const input = { TableName: TABLE, Item: { pk: { S: 5 }, other: "not-a-structure" } };
    expect(() => validateRequest("PutItem", input)).not.toThrow();
  });
});
