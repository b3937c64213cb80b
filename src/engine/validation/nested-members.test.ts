import { describe, expect, it } from "vitest";
import { VALID_ATTRIBUTE_DEFINITIONS, VALID_KEY_SCHEMA, validationMessage } from "./test-support.js";

const TABLE = "orders";

function createTable(overrides: Record<string, unknown>): Record<string, unknown> {
  return {
    TableName: TABLE,
    AttributeDefinitions: VALID_ATTRIBUTE_DEFINITIONS,
    KeySchema: VALID_KEY_SCHEMA,
    ...overrides,
  };
}

describe("CreateTable nested members", () => {
  it("reports an invalid key type at its list position", () => {
    const input = createTable({ KeySchema: [{ AttributeName: "pk", KeyType: "INVALID" }] });
    expect(validationMessage("CreateTable", input)).toBe(
      "1 validation error detected: Value 'INVALID' at 'keySchema.1.member.keyType' failed to satisfy constraint: Member must satisfy enum value set: [HASH, RANGE]",
    );
  });

  it("reports an invalid attribute type", () => {
    const input = createTable({ AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "INVALID" }] });
    expect(validationMessage("CreateTable", input)).toBe(
      "1 validation error detected: Value 'INVALID' at 'attributeDefinitions.1.member.attributeType' failed to satisfy constraint: Member must satisfy enum value set: [B, N, S]",
    );
  });

  it("renders a key schema with too many elements the Java way", () => {
    const input = createTable({
      KeySchema: [
        { AttributeName: "pk", KeyType: "HASH" },
        { AttributeName: "sk", KeyType: "RANGE" },
        { AttributeName: "extra", KeyType: "RANGE" },
      ],
    });
    expect(validationMessage("CreateTable", input)).toBe(
      "1 validation error detected: Value '[KeySchemaElement(attributeName=pk, keyType=HASH), " +
        "KeySchemaElement(attributeName=sk, keyType=RANGE), KeySchemaElement(attributeName=extra, keyType=RANGE)]' " +
        "at 'keySchema' failed to satisfy constraint: Member must have length less than or equal to 2",
    );
  });

  it("reports billing mode and key type together, in member order", () => {
    const input = createTable({
      KeySchema: [{ AttributeName: "pk", KeyType: "INVALID" }],
      BillingMode: "INVALID_MODE",
    });
    expect(validationMessage("CreateTable", input)).toBe(
      "2 validation errors detected: " +
        "Value 'INVALID_MODE' at 'billingMode' failed to satisfy constraint: Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]; " +
        "Value 'INVALID' at 'keySchema.1.member.keyType' failed to satisfy constraint: Member must satisfy enum value set: [HASH, RANGE]",
    );
  });

  it("reports missing and out-of-range capacity units", () => {
    const input = createTable({ ProvisionedThroughput: { ReadCapacityUnits: 0 } });
    expect(validationMessage("CreateTable", input)).toBe(
      "2 validation errors detected: " +
        "Value '0' at 'provisionedThroughput.readCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1; " +
        "Value null at 'provisionedThroughput.writeCapacityUnits' failed to satisfy constraint: Member must not be null",
    );
  });

  it("reports index members with their index position", () => {
    const input = createTable({
      GlobalSecondaryIndexes: [
        { IndexName: "byDate", KeySchema: VALID_KEY_SCHEMA, Projection: { ProjectionType: "ALL" } },
        { IndexName: "x", KeySchema: VALID_KEY_SCHEMA, Projection: { ProjectionType: "SOME" } },
      ],
    });
    expect(validationMessage("CreateTable", input)).toBe(
      "2 validation errors detected: " +
        "Value 'x' at 'globalSecondaryIndexes.2.member.indexName' failed to satisfy constraint: Member must have length greater than or equal to 3; " +
        "Value 'SOME' at 'globalSecondaryIndexes.2.member.projection.projectionType' failed to satisfy constraint: Member must satisfy enum value set: [ALL, INCLUDE, KEYS_ONLY]",
    );
  });

  it("reports a missing required member of a nested structure", () => {
    const input = createTable({ StreamSpecification: { StreamViewType: "NEW_IMAGE" } });
    expect(validationMessage("CreateTable", input)).toBe(
      "1 validation error detected: Value null at 'streamSpecification.streamEnabled' failed to satisfy constraint: Member must not be null",
    );
  });

  it("spells acronym members with only the first letter lowered", () => {
    const input = createTable({ SSESpecification: { SSEType: "DES" } });
    expect(validationMessage("CreateTable", input)).toBe(
      "1 validation error detected: Value 'DES' at 'sSESpecification.sSEType' failed to satisfy constraint: Member must satisfy enum value set: [AES256, KMS]",
    );
  });

  it("reports list elements that are plain strings at `.N.member`", () => {
    const input = { ResourceArn: "arn:aws:dynamodb:us-east-1:1:table/orders", TagKeys: ["", "team"] };
    expect(validationMessage("UntagResource", input)).toBe(
      "1 validation error detected: Value '' at 'tagKeys.1.member' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it("reports a tag key over 128 characters", () => {
    const input = {
      ResourceArn: "arn:aws:dynamodb:us-east-1:1:table/orders",
      Tags: [{ Key: "k".repeat(129), Value: "v" }],
    };
    expect(validationMessage("TagResource", input)).toBe(
      `1 validation error detected: Value '${"k".repeat(129)}' at 'tags.1.member.key' failed to satisfy constraint: Member must have length less than or equal to 128`,
    );
  });
});

describe("UpdateTable nested members", () => {
  it("reports index updates by position and action", () => {
    const input = {
      TableName: TABLE,
      GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: "byDate" } }, { Update: { IndexName: "ab" } }],
    };
    expect(validationMessage("UpdateTable", input)).toBe(
      "1 validation error detected: Value 'ab' at 'globalSecondaryIndexUpdates.2.member.update.indexName' failed to satisfy constraint: Member must have length greater than or equal to 3",
    );
  });
});

describe("UpdateTimeToLive", () => {
  it("requires the specification's members", () => {
    expect(validationMessage("UpdateTimeToLive", { TableName: TABLE, TimeToLiveSpecification: {} })).toBe(
      "2 validation errors detected: " +
        "Value null at 'timeToLiveSpecification.enabled' failed to satisfy constraint: Member must not be null; " +
        "Value null at 'timeToLiveSpecification.attributeName' failed to satisfy constraint: Member must not be null",
    );
  });

  it("requires the specification itself", () => {
    expect(validationMessage("UpdateTimeToLive", { TableName: TABLE })).toBe(
      "1 validation error detected: Value null at 'timeToLiveSpecification' failed to satisfy constraint: Member must not be null",
    );
  });
});
