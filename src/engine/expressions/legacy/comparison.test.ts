import { describe, expect, it } from "vitest";
import { comparisonCondition, joinConditions, validateComparison } from "./comparison.js";
import { attributePath } from "./legacy-values.js";
import type { ValueNode } from "../ast.js";
import { errorOf, invalidParameterError } from "./test-errors.js";

const invalid = invalidParameterError;

describe("validateComparison", () => {
  it("counts arguments per operator", () => {
    expect(errorOf(() => validateComparison("EQ", []))).toEqual(
      invalid("Invalid number of argument(s) for the EQ ComparisonOperator"),
    );
    expect(errorOf(() => validateComparison("NULL", [{ S: "x" }]))).toEqual(
      invalid("Invalid number of argument(s) for the NULL ComparisonOperator"),
    );
    expect(errorOf(() => validateComparison("BETWEEN", [{ S: "x" }]))).toEqual(
      invalid("Invalid number of argument(s) for the BETWEEN ComparisonOperator"),
    );
    expect(errorOf(() => validateComparison("IN", []))).toEqual(
      invalid("Invalid number of argument(s) for the IN ComparisonOperator"),
    );
    const many = Array.from({ length: 150 }, (_, index) => ({ N: String(index) }));
    expect(validateComparison("IN", many)).toBe("IN");
    expect(validateComparison("NOT_NULL", [])).toBe("NOT_NULL");
  });

  it("rejects argument types per operator", () => {
    expect(errorOf(() => validateComparison("BEGINS_WITH", [{ N: "1" }]))).toEqual(
      invalid("ComparisonOperator BEGINS_WITH is not valid for N AttributeValue type"),
    );
    expect(errorOf(() => validateComparison("LT", [{ BOOL: true }]))).toEqual(
      invalid("ComparisonOperator LT is not valid for BOOL AttributeValue type"),
    );
    expect(errorOf(() => validateComparison("CONTAINS", [{ SS: ["a"] }]))).toEqual(
      invalid("ComparisonOperator CONTAINS is not valid for SS AttributeValue type"),
    );
    expect(errorOf(() => validateComparison("IN", [{ L: [] }]))).toEqual(
      invalid("ComparisonOperator IN is not valid for L AttributeValue type"),
    );
    expect(errorOf(() => validateComparison("BETWEEN", [{ S: "a" }, { SS: ["b"] }]))).toEqual(
      invalid("ComparisonOperator BETWEEN is not valid for SS AttributeValue type"),
    );
  });

  it("accepts every type for EQ and NE, and BOOL or NULL for CONTAINS", () => {
    expect(validateComparison("EQ", [{ M: {} }])).toBe("EQ");
    expect(validateComparison("NE", [{ NS: ["1"] }])).toBe("NE");
    expect(validateComparison("CONTAINS", [{ NULL: true }])).toBe("CONTAINS");
    expect(validateComparison("NOT_CONTAINS", [{ BOOL: false }])).toBe("NOT_CONTAINS");
    expect(validateComparison("BEGINS_WITH", [{ B: "YQ==" }])).toBe("BEGINS_WITH");
  });

  it("requires one type across IN and BETWEEN arguments", () => {
    expect(errorOf(() => validateComparison("IN", [{ S: "x" }, { N: "1" }]))).toEqual(
      invalid("AttributeValues inside AttributeValueList must be of same type"),
    );
  });

  it("rejects a BETWEEN whose lower bound is above the upper bound, without the parameter preamble", () => {
    const reversed = {
      type: "ValidationException",
      message:
        "The BETWEEN condition was provided a range where the lower bound is greater than the upper bound",
    };
    expect(errorOf(() => validateComparison("BETWEEN", [{ N: "10" }, { N: "9" }]))).toEqual(reversed);
    expect(errorOf(() => validateComparison("BETWEEN", [{ S: "b" }, { S: "a" }]))).toEqual(reversed);
    expect(validateComparison("BETWEEN", [{ N: "5" }, { N: "5" }])).toBe("BETWEEN");
  });

  it("rejects an unknown operator", () => {
    expect(errorOf(() => validateComparison("eq", [{ S: "x" }]))).toEqual({
      type: "ValidationException",
      message: "Comparison type does not exist in DynamoDB",
    });
  });
});

describe("comparisonCondition", () => {
  const path = attributePath("a");
  const v0: ValueNode = { kind: "value", placeholder: ":filter.0" };
  const v1: ValueNode = { kind: "value", placeholder: ":filter.1" };

  it("maps the comparators", () => {
    expect(comparisonCondition(path, "NE", [v0])).toEqual({
      kind: "comparison",
      operator: "<>",
      left: path,
      right: v0,
    });
    expect(comparisonCondition(path, "GE", [v0])).toEqual({
      kind: "comparison",
      operator: ">=",
      left: path,
      right: v0,
    });
  });

  it("maps NULL, NOT_NULL, CONTAINS and BEGINS_WITH onto functions", () => {
    expect(comparisonCondition(path, "NULL", [])).toEqual({
      kind: "function",
      name: "attribute_not_exists",
      args: [path],
    });
    expect(comparisonCondition(path, "NOT_NULL", [])).toEqual({
      kind: "function",
      name: "attribute_exists",
      args: [path],
    });
    expect(comparisonCondition(path, "CONTAINS", [v0])).toEqual({
      kind: "function",
      name: "contains",
      args: [path, v0],
    });
    expect(comparisonCondition(path, "BEGINS_WITH", [v0])).toEqual({
      kind: "function",
      name: "begins_with",
      args: [path, v0],
    });
  });

  it("guards NOT_CONTAINS so a missing attribute does not match", () => {
    expect(comparisonCondition(path, "NOT_CONTAINS", [v0])).toEqual({
      kind: "and",
      left: { kind: "function", name: "attribute_exists", args: [path] },
      right: { kind: "not", operand: { kind: "function", name: "contains", args: [path, v0] } },
    });
  });

  it("maps IN and BETWEEN", () => {
    expect(comparisonCondition(path, "IN", [v0, v1])).toEqual({
      kind: "in",
      operand: path,
      candidates: [v0, v1],
    });
    expect(comparisonCondition(path, "BETWEEN", [v0, v1])).toEqual({
      kind: "between",
      operand: path,
      lower: v0,
      upper: v1,
    });
  });

  it("joins left to right", () => {
    const a = comparisonCondition(attributePath("a"), "NULL", []);
    const b = comparisonCondition(attributePath("b"), "NULL", []);
    const c = comparisonCondition(attributePath("c"), "NULL", []);
    expect(joinConditions([a, b, c], "OR")).toEqual({
      kind: "or",
      left: { kind: "or", left: a, right: b },
      right: c,
    });
    expect(joinConditions([], "AND")).toBeUndefined();
  });
});
