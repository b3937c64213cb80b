import { describe, expect, it } from "vitest";
import { ConditionalCheckFailedException, ValidationException, constraintViolations } from "./index.js";
import { DynamoDBError } from "./dynamodb-error.js";

describe("DynamoDBError wire body", () => {
  it("prefixes validation errors with the coral validate namespace", () => {
    expect(new ValidationException("bad").toWireBody()).toEqual({
      __type: "com.amazon.coral.validate#ValidationException",
      message: "bad",
    });
  });

  it("uses the DynamoDB namespace and carries extra members", () => {
    const body = new ConditionalCheckFailedException({ pk: { S: "a" } }).toWireBody();
    expect(body).toEqual({
      __type: "com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException",
      message: "The conditional request failed",
      Item: { pk: { S: "a" } },
    });
  });

  it("spells the message member Message on TransactionCanceledException", () => {
    const error = new DynamoDBError("TransactionCanceledException", "Transaction cancelled");
    expect(error.toWireBody()).toEqual({
      __type: "com.amazonaws.dynamodb.v20120810#TransactionCanceledException",
      Message: "Transaction cancelled",
    });
  });

  it("counts violations in the coral envelope", () => {
    expect(constraintViolations(["a"]).message).toBe("1 validation error detected: a");
    expect(constraintViolations(["a", "b"]).message).toBe("2 validation errors detected: a; b");
  });
});
