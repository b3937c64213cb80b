import { describe, expect, it } from "vitest";
import { ValidationException } from "../errors/index.js";
import {
  TRANSACTION_CONFLICT,
  TransactionCanceledException,
  cancelAt,
  conditionalCheckFailed,
  isRequestLevelValidation,
  validationError,
} from "./cancellation.js";

describe("TransactionCanceledException", () => {
  it("lists the codes in its message and the reasons in its wire body", () => {
    const error = new TransactionCanceledException([
      { Code: "None" },
      conditionalCheckFailed({ pk: { S: "a" } }),
      validationError("bad"),
    ]);
    expect(error.toWireBody()).toEqual({
      __type: "com.amazonaws.dynamodb.v20120810#TransactionCanceledException",
      Message:
        "Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed, ValidationError]",
      CancellationReasons: [
        { Code: "None" },
        {
          Code: "ConditionalCheckFailed",
          Message: "The conditional request failed",
          Item: { pk: { S: "a" } },
        },
        { Code: "ValidationError", Message: "bad" },
      ],
    });
  });

  it("leaves Item out of a failed condition that did not ask for it", () => {
    expect(conditionalCheckFailed(undefined)).toEqual({
      Code: "ConditionalCheckFailed",
      Message: "The conditional request failed",
    });
  });

  it("places one reason among Nones", () => {
    expect(cancelAt(3, 2, TRANSACTION_CONFLICT).message).toBe(
      "Transaction cancelled, please refer cancellation reasons for specific reasons [None, None, TransactionConflict]",
    );
  });
});

describe("isRequestLevelValidation", () => {
  it("keeps empty key values at the request level and schema problems at the action level", () => {
    const empty = new ValidationException(
      "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk",
    );
    expect(isRequestLevelValidation(empty)).toBe(true);
    expect(
      isRequestLevelValidation(new ValidationException("The provided key element does not match the schema")),
    ).toBe(false);
    expect(
      isRequestLevelValidation(
        new ValidationException(
          "One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N",
        ),
      ),
    ).toBe(false);
  });
});
