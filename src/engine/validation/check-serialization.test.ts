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
    [5, "NUMBER_VALUE cannot be converted to String"],
    [1.5, "DECIMAL_VALUE cannot be converted to String"],
    [true, "TRUE_VALUE cannot be converted to String"],
    [false, "FALSE_VALUE cannot be converted to String"],
    [["orders"], "Unrecognized collection type class java.lang.String"],
    [{ name: "orders" }, "Start of structure or map found where not expected"],
  ])("TableName %j → %s", (tableName, expected) => {
    expect(serializationMessage("GetItem", { TableName: tableName, Key: {} })).toBe(expected);
  });
});

describe("number members", () => {
  it.each([
    ["x", "STRING_VALUE cannot be converted to Integer"],
    ["5", "STRING_VALUE cannot be converted to Integer"],
    [true, "TRUE_VALUE cannot be converted to Integer"],
    [[1], "Unrecognized collection type class java.lang.Integer"],
    [{}, "Start of structure or map found where not expected"],
  ])("Scan Limit %j → %s", (limit, expected) => {
    expect(serializationMessage("Scan", { TableName: TABLE, Limit: limit })).toBe(expected);
  });

  it("names Long for capacity units", () => {
    const input = {
      TableName: TABLE,
      ProvisionedThroughput: { ReadCapacityUnits: "5", WriteCapacityUnits: 5 },
    };
    expect(serializationMessage("UpdateTable", input)).toBe("STRING_VALUE cannot be converted to Long");
  });
});

describe("boolean members", () => {
  it.each([
    [1, "NUMBER_VALUE cannot be converted to Boolean"],
    [0.5, "DECIMAL_VALUE cannot be converted to Boolean"],
    ["maybe", "Unexpected token received from parser"],
    [[true], "Unrecognized collection type class java.lang.Boolean"],
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
  it("rejects a scalar where a structure sits in a list", () => {
    const input = { TableName: TABLE, KeySchema: ["pk"], AttributeDefinitions: [] };
    expect(serializationMessage("CreateTable", input)).toBe("Unexpected value type in payload");
  });

  it("rejects a scalar where a list sits in a map", () => {
    expect(serializationMessage("BatchWriteItem", { RequestItems: { [TABLE]: "put" } })).toMatch(
      /^class sun\.reflect\.generics\.reflectiveObjects\.ParameterizedTypeImpl cannot be cast to class java\.lang\.Class/,
    );
  });

  it("names the map's value class for a list where a map is expected", () => {
    expect(serializationMessage("BatchWriteItem", { RequestItems: [] })).toBe(
      "Unrecognized collection type java.util.Map<java.lang.String, java.util.List<com.amazonaws.dynamodb.v20120810.WriteRequest>>",
    );
  });

  it("truncates a fractional integer as DynamoDB's reader does", () => {
    const input = { TableName: TABLE, Limit: 2.7 };
    validateRequest("Scan", input);
    expect(input.Limit).toBe(2);
  });

  it("rejects a list where a map is expected", () => {
    expect(serializationMessage("GetItem", { TableName: TABLE, Key: [] })).toBe(
      "Unrecognized collection type java.util.Map<java.lang.String, com.amazonaws.dynamodb.v20120810.AttributeValue>",
    );
  });

  it("rejects a scalar where a map is expected", () => {
    expect(serializationMessage("PutItem", { TableName: TABLE, Item: "pk" })).toBe("Unexpected field type");
  });

  it("rejects a map where a list is expected", () => {
    const input = { TableName: TABLE, KeySchema: {}, AttributeDefinitions: [] };
    expect(serializationMessage("CreateTable", input)).toBe(
      "Start of structure or map found where not expected",
    );
  });

  it("rejects a scalar where a list is expected", () => {
    expect(serializationMessage("TransactGetItems", { TransactItems: "all" })).toBe("Unexpected field type");
  });

  it("rejects a scalar or a list where a structure is expected", () => {
    const base = { TableName: TABLE, KeySchema: [], AttributeDefinitions: [] };
    expect(serializationMessage("CreateTable", { ...base, ProvisionedThroughput: 5 })).toBe(
      "Unexpected field type",
    );
    expect(serializationMessage("CreateTable", { ...base, ProvisionedThroughput: [] })).toBe(
      "Unrecognized collection type class com.amazonaws.dynamodb.v20120810.ProvisionedThroughput",
    );
  });

  it("checks members nested in lists of structures", () => {
    const input = {
      TableName: TABLE,
      KeySchema: [{ AttributeName: 7, KeyType: "HASH" }],
      AttributeDefinitions: [],
    };
    expect(serializationMessage("CreateTable", input)).toBe("NUMBER_VALUE cannot be converted to String");
  });

  it("checks map values that are structures", () => {
    const input = { RequestItems: { [TABLE]: { Keys: [{}], ConsistentRead: 3 } } };
    expect(serializationMessage("BatchGetItem", input)).toBe("NUMBER_VALUE cannot be converted to Boolean");
  });

  it("checks expression attribute names as strings", () => {
    const input = { TableName: TABLE, Key: {}, ExpressionAttributeNames: { "#a": 1 } };
    expect(serializationMessage("GetItem", input)).toBe("NUMBER_VALUE cannot be converted to String");
  });
});

describe("ordering against constraint violations", () => {
  it("reports a type error even when an earlier member breaks a constraint", () => {
    expect(serializationMessage("Scan", { TableName: "x", Select: "BAD", Limit: "ten" })).toBe(
      "STRING_VALUE cannot be converted to Integer",
    );
  });

  it("reports the first wrong member in model order", () => {
    expect(serializationMessage("PutItem", { Item: 1, TableName: 2 })).toBe(
      "NUMBER_VALUE cannot be converted to String",
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
