import { describe, expect, it } from "vitest";
import { validateRequest } from "./validate-request.js";
import { VALID_ATTRIBUTE_DEFINITIONS, VALID_KEY_SCHEMA, validationMessage } from "./test-support.js";

const TABLE = "orders";
const NAME_PATTERN = "[a-zA-Z0-9_.-]+";

describe("table names on item operations", () => {
  it("reports a missing TableName as a null member", () => {
    expect(validationMessage("PutItem", { Item: { pk: { S: "a" } } })).toBe(
      "1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null",
    );
  });

  it("reports an empty name against the minimum of 1 only", () => {
    expect(validationMessage("PutItem", { TableName: "", Item: {} })).toBe(
      "1 validation error detected: Value '' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it("reports a name over 255 characters", () => {
    const name = "a".repeat(256);
    expect(validationMessage("PutItem", { TableName: name, Item: {} })).toBe(
      `1 validation error detected: Value '${name}' at 'tableName' failed to satisfy constraint: Member must have length less than or equal to 255`,
    );
  });

  it("reports characters outside the name pattern", () => {
    expect(validationMessage("PutItem", { TableName: "bad table!@#", Item: {} })).toBe(
      `1 validation error detected: Value 'bad table!@#' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: ${NAME_PATTERN}`,
    );
  });

  it("reports pattern and length together, pattern first", () => {
    expect(validationMessage("DeleteItem", { TableName: "x!", Key: {} })).toBe(
      "2 validation errors detected: " +
        `Value 'x!' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: ${NAME_PATTERN}; ` +
        "Value 'x!' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
    );
  });

  it("reports only the table name when other members are also wrong", () => {
    expect(validationMessage("PutItem", { TableName: "", ReturnValues: "INVALID", Item: {} })).toBe(
      "1 validation error detected: Value '' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it("accepts a table ARN longer than a name may be", () => {
    const arn = `arn:aws:dynamodb:us-east-1:123456789012:table/${"t".repeat(250)}`;
    expect(() => validateRequest("GetItem", { TableName: arn, Key: {} })).not.toThrow();
  });

  it("rejects an ARN over 1024 characters", () => {
    const arn = `arn:${"a".repeat(1021)}`;
    expect(validationMessage("GetItem", { TableName: arn, Key: {} })).toBe(
      `1 validation error detected: Value '${arn}' at 'tableName' failed to satisfy constraint: Member must have length less than or equal to 1024`,
    );
  });
});

describe("table names on table operations", () => {
  it.each([
    "CreateTable",
    "DescribeTable",
    "DeleteTable",
    "UpdateTable",
    "DescribeTimeToLive",
    "UpdateTimeToLive",
  ])("%s reports a missing TableName as a required parameter", (operation) => {
    expect(validationMessage(operation, {})).toBe(
      "The parameter 'TableName' is required but was not present in the request",
    );
  });

  it("reports a short name against the minimum of 3", () => {
    const input = {
      TableName: "ab",
      AttributeDefinitions: VALID_ATTRIBUTE_DEFINITIONS,
      KeySchema: VALID_KEY_SCHEMA,
    };
    expect(validationMessage("CreateTable", input)).toBe(
      "1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
    );
  });

  it("reports only the table name when the key schema is also invalid", () => {
    const input = { TableName: "x!", AttributeDefinitions: VALID_ATTRIBUTE_DEFINITIONS, KeySchema: [] };
    expect(validationMessage("CreateTable", input)).toContain("at 'tableName'");
    expect(validationMessage("CreateTable", input)).not.toContain("keySchema");
  });
});

describe("enums", () => {
  it("lists Select's values in DynamoDB's order", () => {
    expect(validationMessage("Query", { TableName: TABLE, Select: "INVALID_VALUE" })).toBe(
      "1 validation error detected: Value 'INVALID_VALUE' at 'select' failed to satisfy constraint: Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]",
    );
  });

  it("reports every invalid enum of PutItem in validation order", () => {
    const input = {
      TableName: TABLE,
      Item: { pk: { S: "a" } },
      ReturnConsumedCapacity: "INVALID",
      ReturnItemCollectionMetrics: "INVALID",
      ReturnValues: "INVALID",
    };
    expect(validationMessage("PutItem", input)).toBe(
      "3 validation errors detected: " +
        "Value 'INVALID' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]; " +
        "Value 'INVALID' at 'returnValues' failed to satisfy constraint: Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]; " +
        "Value 'INVALID' at 'returnItemCollectionMetrics' failed to satisfy constraint: Member must satisfy enum value set: [SIZE, NONE]",
    );
  });

  it("reports UpdateItem's return options with metrics before values", () => {
    const input = { TableName: TABLE, Key: {}, ReturnValues: "X", ReturnItemCollectionMetrics: "Y" };
    expect(validationMessage("UpdateItem", input)).toBe(
      "2 validation errors detected: " +
        "Value 'Y' at 'returnItemCollectionMetrics' failed to satisfy constraint: Member must satisfy enum value set: [SIZE, NONE]; " +
        "Value 'X' at 'returnValues' failed to satisfy constraint: Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]",
    );
  });

  it("checks comparison operators inside legacy conditions", () => {
    const input = { TableName: TABLE, ScanFilter: { color: { ComparisonOperator: "LIKE" } } };
    expect(validationMessage("Scan", input)).toBe(
      "1 validation error detected: Value 'LIKE' at 'scanFilter.color.member.comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]",
    );
  });

  it("requires a comparison operator on each legacy condition", () => {
    const input = { TableName: TABLE, KeyConditions: { pk: { AttributeValueList: [{ S: "a" }] } } };
    expect(validationMessage("Query", input)).toBe(
      "1 validation error detected: Value null at 'keyConditions.pk.member.comparisonOperator' failed to satisfy constraint: Member must not be null",
    );
  });
});

describe("ranges", () => {
  it("words Scan's Limit with its value", () => {
    expect(validationMessage("Scan", { TableName: TABLE, Limit: 0 })).toBe(
      "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
  });

  it("words Query's Limit without its value, spelled as on the wire", () => {
    expect(validationMessage("Query", { TableName: TABLE, Limit: 0 })).toBe(
      "1 validation error detected: Value at 'Limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
  });

  it("bounds ListTables' Limit on both sides", () => {
    expect(validationMessage("ListTables", { Limit: 101 })).toBe(
      "1 validation error detected: Value '101' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100",
    );
  });

  it("bounds parallel scan members", () => {
    expect(validationMessage("Scan", { TableName: TABLE, TotalSegments: 1000001, Segment: -1 })).toBe(
      "2 validation errors detected: " +
        "Value '1000001' at 'totalSegments' failed to satisfy constraint: Member must have value less than or equal to 1000000; " +
        "Value '-1' at 'segment' failed to satisfy constraint: Member must have value greater than or equal to 0",
    );
  });
});

describe("parallel scan rules", () => {
  it("requires TotalSegments with Segment, even Segment 0", () => {
    expect(validationMessage("Scan", { TableName: TABLE, Segment: 0 })).toBe(
      "The TotalSegments parameter is required but was not present in the request when Segment parameter is present",
    );
  });

  it("requires Segment with TotalSegments", () => {
    expect(validationMessage("Scan", { TableName: TABLE, TotalSegments: 4 })).toBe(
      "The Segment parameter is required but was not present in the request when parameter TotalSegments is present",
    );
  });

  it("requires Segment below TotalSegments", () => {
    expect(validationMessage("Scan", { TableName: TABLE, Segment: 5, TotalSegments: 5 })).toBe(
      "The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: 5 is not less than TotalSegments: 5",
    );
  });

  it("reports range violations before the pairing rule", () => {
    expect(validationMessage("Scan", { TableName: TABLE, Segment: 0, Limit: 0 })).toContain("at 'limit'");
  });

  it("accepts a valid segment", () => {
    expect(() => validateRequest("Scan", { TableName: TABLE, Segment: 3, TotalSegments: 4 })).not.toThrow();
  });
});

describe("violation cap", () => {
  it("stops after ten violations", () => {
    const tags = Array.from({ length: 12 }, () => ({ Key: "", Value: "v" }));
    const message = validationMessage("TagResource", { ResourceArn: "arn:aws:dynamodb:x", Tags: tags });
    expect(message.startsWith("10 validation errors detected: ")).toBe(true);
    expect(message.split("; ")).toHaveLength(10);
    expect(message).toContain(
      "Value '' at 'tags.10.member.key' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
    expect(message).not.toContain("tags.11.member");
  });
});

describe("valid requests", () => {
  it.each([
    ["PutItem", { TableName: TABLE, Item: { pk: { S: "a" } }, ReturnValues: "ALL_OLD" }],
    ["GetItem", { TableName: TABLE, Key: { pk: { S: "a" } }, ConsistentRead: true }],
    ["Query", { TableName: TABLE, IndexName: "byDate", KeyConditionExpression: "pk = :p", Limit: 10 }],
    ["ListTables", {}],
    ["DescribeLimits", {}],
    ["DescribeEndpoints", {}],
    [
      "CreateTable",
      { TableName: TABLE, AttributeDefinitions: VALID_ATTRIBUTE_DEFINITIONS, KeySchema: VALID_KEY_SCHEMA },
    ],
    [
      "UpdateTimeToLive",
      { TableName: TABLE, TimeToLiveSpecification: { Enabled: true, AttributeName: "ttl" } },
    ],
    ["ExecuteStatement", { Statement: "SELECT * FROM orders", Parameters: [{ S: "a" }] }],
  ])("%s passes", (operation, input) => {
    expect(() => validateRequest(operation, input)).not.toThrow();
  });

  it("accepts operations it has no model for", () => {
    expect(() => validateRequest("ListGlobalTables", { Anything: 1 })).not.toThrow();
  });
});
