import { describe, expect, it } from "vitest";
import {
  ConditionalCheckFailedException,
  ResourceNotFoundException,
  ValidationException,
} from "../errors/index.js";
import { DuplicateItemException } from "./statement-errors.js";
import { statementError } from "./statement-outcome.js";

describe("statementError", () => {
  it("uses the short codes of batch and transaction answers", () => {
    expect(statementError(new ValidationException("bad"))).toEqual({
      Code: "ValidationError",
      Message: "bad",
    });
    expect(statementError(new ResourceNotFoundException())).toEqual({
      Code: "ResourceNotFound",
      Message: "Requested resource not found",
    });
    expect(statementError(new DuplicateItemException())).toEqual({
      Code: "DuplicateItem",
      Message: "Duplicate primary key exists in table",
    });
    expect(statementError(new ConditionalCheckFailedException({ pk: { S: "a" } }))).toEqual({
      Code: "ConditionalCheckFailed",
      Message: "The conditional request failed",
      Item: { pk: { S: "a" } },
    });
    expect(statementError(new Error("boom"))).toEqual({
      Code: "InternalServerError",
      Message: "Internal server error",
    });
  });
});
