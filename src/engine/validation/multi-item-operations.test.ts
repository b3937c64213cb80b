import { describe, expect, it } from "vitest";
import { validateRequest } from "./validate-request.js";
import { validationMessage } from "./test-support.js";

const TABLE = "orders";

function keys(count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, index) => ({ pk: { S: `k${index}` } }));
}

describe("BatchGetItem", () => {
  it.each([[{}], [{ RequestItems: {} }], [{ RequestItems: null }]])("requires request items: %j", (input) => {
    expect(validationMessage("BatchGetItem", input)).toBe(
      "The requestItems parameter is required for BatchGetItem",
    );
  });

  it("limits a table's keys to 100, reported without the value", () => {
    expect(validationMessage("BatchGetItem", { RequestItems: { [TABLE]: { Keys: keys(101) } } })).toBe(
      `1 validation error detected: Value at 'RequestItems.${TABLE}.member.Keys' failed to satisfy constraint: Member must have length less than or equal to 100`,
    );
  });

  it("requires Keys for each table", () => {
    expect(validationMessage("BatchGetItem", { RequestItems: { [TABLE]: {} } })).toBe(
      `1 validation error detected: Value at 'RequestItems.${TABLE}.member.Keys' failed to satisfy constraint: Member must not be null`,
    );
  });

  it("reports table names that are not valid names", () => {
    expect(validationMessage("BatchGetItem", { RequestItems: { ab: { Keys: keys(1) } } })).toBe(
      "1 validation error detected: Value '{ab=KeysAndAttributes(keys=[{pk=AttributeValue(s=k0, n=null, b=null, sS=null, nS=null, bS=null, m=null, l=null, nULL=null, bOOL=null)}], " +
        "attributesToGet=null, consistentRead=null, projectionExpression=null, expressionAttributeNames=null)}' at 'requestItems' " +
        "failed to satisfy constraint: Map keys must satisfy constraint: [Member must have length less than or equal to 255, " +
        "Member must have length greater than or equal to 3, Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+]",
    );
  });

  it("accepts 100 keys", () => {
    expect(() =>
      validateRequest("BatchGetItem", { RequestItems: { [TABLE]: { Keys: keys(100) } } }),
    ).not.toThrow();
  });
});

describe("BatchWriteItem", () => {
  it.each([[{}], [{ RequestItems: {} }]])("requires request items: %j", (input) => {
    expect(validationMessage("BatchWriteItem", input)).toBe(
      "The requestItems parameter is required for BatchWriteItem",
    );
  });

  it("limits a table's requests to 25, echoing the whole map", () => {
    const requests = keys(26).map((item) => ({ PutRequest: { Item: item } }));
    const message = validationMessage("BatchWriteItem", { RequestItems: { [TABLE]: requests } });
    expect(message).toMatch(
      new RegExp(
        `^1 validation error detected: Value '\\{${TABLE}=\\[WriteRequest\\(putRequest=PutRequest\\(item=\\{pk=AttributeValue\\(s=k0, .+\\]\\}' ` +
          "at 'requestItems' failed to satisfy constraint: Map value must satisfy constraint: " +
          "\\[Member must have length less than or equal to 25, Member must have length greater than or equal to 1\\]$",
        "s",
      ),
    );
  });

  it("rejects an empty request list for a table", () => {
    expect(validationMessage("BatchWriteItem", { RequestItems: { [TABLE]: [] } })).toBe(
      `1 validation error detected: Value '{${TABLE}=[]}' at 'requestItems' failed to satisfy constraint: ` +
        "Map value must satisfy constraint: [Member must have length less than or equal to 25, Member must have length greater than or equal to 1]",
    );
  });

  it("requires the item of a put request", () => {
    expect(validationMessage("BatchWriteItem", { RequestItems: { [TABLE]: [{ PutRequest: {} }] } })).toBe(
      `1 validation error detected: Value null at 'requestItems.${TABLE}.member.1.member.putRequest.item' failed to satisfy constraint: Member must not be null`,
    );
  });
});

describe("TransactWriteItems and TransactGetItems", () => {
  it.each(["TransactWriteItems", "TransactGetItems"])("%s rejects an empty list", (operation) => {
    expect(validationMessage(operation, { TransactItems: [] })).toBe(
      "1 validation error detected: Value '[]' at 'transactItems' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it("rejects more than 100 actions, echoing them", () => {
    const actions = keys(101).map((key) => ({ Get: { TableName: TABLE, Key: key } }));
    expect(validationMessage("TransactGetItems", { TransactItems: actions })).toMatch(
      /^1 validation error detected: Value '\[TransactGetItem\(get=Get\(key=\{pk=AttributeValue\(s=k0, .+\]' at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to 100$/s,
    );
  });

  it("requires a missing list", () => {
    expect(validationMessage("TransactWriteItems", {})).toBe(
      "1 validation error detected: Value null at 'transactItems' failed to satisfy constraint: Member must not be null",
    );
  });

  it("checks nested action members", () => {
    const input = {
      TransactItems: [
        { ConditionCheck: { TableName: TABLE, Key: {} } },
        { Update: { TableName: "x", Key: {} } },
      ],
      ClientRequestToken: "t".repeat(37),
    };
    expect(validationMessage("TransactWriteItems", input)).toBe(
      "4 validation errors detected: " +
        "Value null at 'transactItems.1.member.conditionCheck.conditionExpression' failed to satisfy constraint: Member must not be null; " +
        "Value null at 'transactItems.2.member.update.updateExpression' failed to satisfy constraint: Member must not be null; " +
        "Value 'x' at 'transactItems.2.member.update.tableName' failed to satisfy constraint: Member must have length greater than or equal to 3; " +
        `Value '${"t".repeat(37)}' at 'clientRequestToken' failed to satisfy constraint: Member must have length less than or equal to 36`,
    );
  });
});

describe("PartiQL operations", () => {
  it("requires a statement", () => {
    expect(validationMessage("ExecuteStatement", { Statement: "" })).toBe(
      "1 validation error detected: Value '' at 'statement' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it("rejects empty statement lists", () => {
    expect(validationMessage("BatchExecuteStatement", { Statements: [] })).toBe(
      "1 validation error detected: Value '[]' at 'statements' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
    expect(validationMessage("ExecuteTransaction", { TransactStatements: [] })).toBe(
      "1 validation error detected: Value '[]' at 'transactStatements' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it("limits a batch to 25 statements", () => {
    const statements = Array.from({ length: 26 }, () => ({ Statement: "SELECT * FROM orders" }));
    expect(validationMessage("BatchExecuteStatement", { Statements: statements })).toContain(
      "at 'statements' failed to satisfy constraint: Member must have length less than or equal to 25",
    );
  });
});
