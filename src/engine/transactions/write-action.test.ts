import { describe, expect, it } from "vitest";
import { DynamoDBError } from "../errors/index.js";
import { itemSize } from "../values/size.js";
import { prepareWriteAction } from "./write-action.js";

function message(member: Record<string, unknown>): string {
  try {
    prepareWriteAction(member);
  } catch (error) {
    expect(error).toBeInstanceOf(DynamoDBError);
    return (error as DynamoDBError).message;
  }
  return expect.unreachable("should have failed");
}

describe("prepareWriteAction", () => {
  it("normalises a Put item and sizes its payload", () => {
    const action = prepareWriteAction({
      Put: {
        TableName: "t",
        Item: { pk: { S: "ab" }, n: { N: "1.50" } },
        ReturnValuesOnConditionCheckFailure: "ALL_OLD",
      },
    });
    expect(action).toMatchObject({
      kind: "Put",
      tableName: "t",
      item: { pk: { S: "ab" }, n: { N: "1.5" } },
      returnItemOnFailure: true,
      payloadBytes: itemSize({ pk: { S: "ab" }, n: { N: "1.5" } }),
    });
    expect(action.condition).toBeUndefined();
  });

  it("binds an Update's expressions with its key", () => {
    const action = prepareWriteAction({
      Update: {
        TableName: "t",
        Key: { pk: { S: "a" } },
        UpdateExpression: "SET #v = :v",
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeNames: { "#v": "v" },
        ExpressionAttributeValues: { ":v": { N: "1" } },
      },
    });
    expect(action.kind).toBe("Update");
    expect(action.key).toEqual({ pk: { S: "a" } });
    expect(action.update?.set).toHaveLength(1);
    expect(action.condition).toBeDefined();
    expect(action.returnItemOnFailure).toBe(false);
  });

  it("refuses an action naming no operation, or several", () => {
    expect(message({})).toBe(
      "Invalid Request: TransactWriteRequest should contain Delete or Put or Update request",
    );
    expect(
      message({
        ConditionCheck: {
          TableName: "t",
          Key: { pk: { S: "a" } },
          ConditionExpression: "attribute_exists(pk)",
        },
        Delete: { TableName: "t", Key: { pk: { S: "a" } } },
      }),
    ).toBe("TransactItems can only contain one of Check, Put, Update or Delete");
  });

  it("raises expression problems with DynamoDB's texts", () => {
    expect(
      message({
        Delete: {
          TableName: "t",
          Key: { pk: { S: "a" } },
          ConditionExpression: "#missing = :v",
          ExpressionAttributeValues: { ":v": { S: "x" } },
        },
      }),
    ).toBe(
      "Invalid ConditionExpression: An expression attribute name used in the document path is not defined; attribute name: #missing",
    );
  });

  it("refuses expression maps on a Put or Delete without a condition, as PutItem and DeleteItem do", () => {
    const key = { pk: { S: "a" } };
    expect(
      message({ Put: { TableName: "t", Item: key, ExpressionAttributeValues: { ":x": { N: "1" } } } }),
    ).toBe(
      "ExpressionAttributeValues can only be specified when using expressions: ConditionExpression is null",
    );
    expect(message({ Put: { TableName: "t", Item: key, ExpressionAttributeValues: {} } })).toBe(
      "ExpressionAttributeValues can only be specified when using expressions: ConditionExpression is null",
    );
    expect(message({ Delete: { TableName: "t", Key: key, ExpressionAttributeNames: { "#x": "x" } } })).toBe(
      "ExpressionAttributeNames can only be specified when using expressions",
    );
    expect(
      message({
        Update: {
          TableName: "t",
          Key: key,
          UpdateExpression: "SET a = :a",
          ExpressionAttributeValues: { ":a": { S: "x" }, ":x": { S: "x" } },
        },
      }),
    ).toBe("Value provided in ExpressionAttributeValues unused in expressions: keys: {:x}");
  });
});
