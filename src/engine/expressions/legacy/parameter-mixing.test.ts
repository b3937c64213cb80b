import { describe, expect, it } from "vitest";
import { checkParameterMixing } from "./parameter-mixing.js";
import type { MixingOperation } from "./parameter-mixing.js";
import { errorOf, validationError } from "./test-errors.js";

const mixed = (legacy: string, expression: string) =>
  validationError(
    "Can not use both expression and non-expression parameters in the same request: " +
      `Non-expression parameters: {${legacy}} Expression parameters: {${expression}}`,
  );
const check = (operation: MixingOperation, input: Record<string, unknown>) =>
  errorOf(() => checkParameterMixing(operation, input));

const condition = { ConditionExpression: "attribute_not_exists(pk)" };
const values = { ExpressionAttributeValues: { ":v": { S: "v" } } };
const names = { ExpressionAttributeNames: { "#n": "n" } };

describe("checkParameterMixing", () => {
  it("names every member sent of each family, in DynamoDB's order", () => {
    expect(check("PutItem", { Expected: {}, ...condition })).toEqual(
      mixed("Expected", "ConditionExpression"),
    );
    expect(check("DeleteItem", { ConditionalOperator: "OR", Expected: {}, ...condition })).toEqual(
      mixed("Expected, ConditionalOperator", "ConditionExpression"),
    );
    expect(
      check("UpdateItem", {
        ConditionalOperator: "OR",
        Expected: {},
        AttributeUpdates: {},
        ConditionExpression: "c",
        UpdateExpression: "SET a = :v",
      }),
    ).toEqual(
      mixed("AttributeUpdates, Expected, ConditionalOperator", "UpdateExpression, ConditionExpression"),
    );
    expect(check("GetItem", { AttributesToGet: ["a"], ProjectionExpression: "a" })).toEqual(
      mixed("AttributesToGet", "ProjectionExpression"),
    );
    expect(check("BatchGetItem", { AttributesToGet: ["a"], ProjectionExpression: "a" })).toEqual(
      mixed("AttributesToGet", "ProjectionExpression"),
    );
    expect(
      check("Scan", {
        ConditionalOperator: "AND",
        ScanFilter: {},
        AttributesToGet: ["a"],
        FilterExpression: "f",
        ProjectionExpression: "p",
      }),
    ).toEqual(
      mixed("AttributesToGet, ScanFilter, ConditionalOperator", "ProjectionExpression, FilterExpression"),
    );
    expect(
      check("Query", {
        KeyConditions: {},
        ConditionalOperator: "AND",
        QueryFilter: {},
        AttributesToGet: ["a"],
        KeyConditionExpression: "k",
        FilterExpression: "f",
        ProjectionExpression: "p",
      }),
    ).toEqual(
      mixed(
        "AttributesToGet, QueryFilter, ConditionalOperator, KeyConditions",
        "ProjectionExpression, FilterExpression, KeyConditionExpression",
      ),
    );
  });

  it("lets Query's KeyConditions go with FilterExpression and ProjectionExpression", () => {
    expect(() =>
      checkParameterMixing("Query", {
        KeyConditions: {},
        FilterExpression: "f",
        ProjectionExpression: "p",
        ...values,
      }),
    ).not.toThrow();
    expect(check("Query", { KeyConditions: {}, QueryFilter: {}, FilterExpression: "f" })).toEqual(
      mixed("QueryFilter", "FilterExpression"),
    );
    expect(check("Query", { KeyConditions: {}, KeyConditionExpression: "k" })).toEqual(
      mixed("KeyConditions", "KeyConditionExpression"),
    );
  });

  it("allows ExpressionAttributeNames only with an expression", () => {
    const onlyWithExpressions = validationError(
      "ExpressionAttributeNames can only be specified when using expressions",
    );
    expect(check("PutItem", { Expected: {}, ...names })).toEqual(onlyWithExpressions);
    expect(check("GetItem", { ExpressionAttributeNames: {} })).toEqual(onlyWithExpressions);
    expect(check("UpdateItem", { ...names, ...values })).toEqual(onlyWithExpressions);
    expect(() => checkParameterMixing("Query", { ProjectionExpression: "#n", ...names })).not.toThrow();
  });

  it("allows ExpressionAttributeValues only with an expression that uses values", () => {
    expect(check("PutItem", values)).toEqual(
      validationError(
        "ExpressionAttributeValues can only be specified when using expressions: ConditionExpression is null",
      ),
    );
    expect(check("UpdateItem", { AttributeUpdates: {}, ...values })).toEqual(
      validationError(
        "ExpressionAttributeValues can only be specified when using expressions: UpdateExpression and ConditionExpression are null",
      ),
    );
    expect(check("Query", { ProjectionExpression: "p", ...values })).toEqual(
      validationError(
        "ExpressionAttributeValues can only be specified when using expressions: FilterExpression and KeyConditionExpression are null",
      ),
    );
    expect(check("Scan", { ProjectionExpression: "p", ExpressionAttributeValues: {} })).toEqual(
      validationError(
        "ExpressionAttributeValues can only be specified when using expressions: FilterExpression is null",
      ),
    );
    expect(() => checkParameterMixing("GetItem", values)).not.toThrow();
  });

  it("rejects empty maps next to expressions, names first", () => {
    expect(
      check("PutItem", { ...condition, ExpressionAttributeNames: {}, ExpressionAttributeValues: {} }),
    ).toEqual(validationError("ExpressionAttributeNames must not be empty"));
    expect(check("PutItem", { ...condition, ExpressionAttributeValues: {} })).toEqual(
      validationError("ExpressionAttributeValues must not be empty"),
    );
  });

  it("treats null members as absent", () => {
    expect(() =>
      checkParameterMixing("PutItem", { Expected: null, ExpressionAttributeNames: null, ...condition }),
    ).not.toThrow();
  });
});
