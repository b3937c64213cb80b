import { describe, expect, it } from "vitest";
import { convertExpected } from "./expected.js";
import { attributePath } from "./legacy-values.js";
import { errorOf, invalidParameterError, validationError } from "./test-errors.js";

const a = attributePath("a");

describe("convertExpected", () => {
  it("returns undefined without entries", () => {
    expect(convertExpected({})).toBeUndefined();
    expect(convertExpected({ Expected: {} })).toBeUndefined();
  });

  it("turns Exists false into attribute_not_exists", () => {
    expect(convertExpected({ Expected: { a: { Exists: false } } })).toEqual({
      condition: { kind: "function", name: "attribute_not_exists", args: [a] },
      values: {},
    });
  });

  it("turns a Value, with or without Exists true, into an equality on a normalised value", () => {
    const expected = {
      condition: {
        kind: "comparison",
        operator: "=",
        left: a,
        right: { kind: "value", placeholder: ":expected.0" },
      },
      values: { ":expected.0": { N: "1.5" } },
    };
    expect(convertExpected({ Expected: { a: { Value: { N: "01.50" } } } })).toEqual(expected);
    expect(convertExpected({ Expected: { a: { Exists: true, Value: { N: "1.50" } } } })).toEqual(expected);
  });

  it("uses a lone Value as the ComparisonOperator's argument", () => {
    expect(convertExpected({ Expected: { a: { ComparisonOperator: "IN", Value: { S: "x" } } } })).toEqual({
      condition: { kind: "in", operand: a, candidates: [{ kind: "value", placeholder: ":expected.0" }] },
      values: { ":expected.0": { S: "x" } },
    });
    expect(
      errorOf(() =>
        convertExpected({ Expected: { a: { ComparisonOperator: "BETWEEN", Value: { S: "x" } } } }),
      ),
    ).toEqual(invalidParameterError("Invalid number of argument(s) for the BETWEEN ComparisonOperator"));
  });

  it("keeps names literal and joins entries in request order with ConditionalOperator", () => {
    const result = convertExpected({
      Expected: {
        "a.b": { ComparisonOperator: "NOT_NULL" },
        size: { ComparisonOperator: "BETWEEN", AttributeValueList: [{ N: "1" }, { N: "2" }] },
      },
      ConditionalOperator: "OR",
    });
    expect(result).toEqual({
      condition: {
        kind: "or",
        left: {
          kind: "function",
          name: "attribute_exists",
          args: [{ kind: "path", elements: [{ kind: "name", name: "a.b", placeholder: false }] }],
        },
        right: {
          kind: "between",
          operand: attributePath("size"),
          lower: { kind: "value", placeholder: ":expected.0" },
          upper: { kind: "value", placeholder: ":expected.1" },
        },
      },
      values: { ":expected.0": { N: "1" }, ":expected.1": { N: "2" } },
    });
  });

  it("reports the Exists / Value / ComparisonOperator combinations DynamoDB rejects", () => {
    const cases: [Record<string, unknown>, string][] = [
      [{}, "Value must be provided when Exists is null for Attribute: a"],
      [{ Exists: null }, "Value must be provided when Exists is null for Attribute: a"],
      [{ Exists: true }, "Value must be provided when Exists is true for Attribute: a"],
      [{ Exists: false, Value: { S: "x" } }, "Value cannot be used when Exists is false for Attribute: a"],
      [
        { Value: { S: "x" }, AttributeValueList: [{ S: "x" }] },
        "Value and AttributeValueList cannot be used together for Attribute: a",
      ],
      [
        { Exists: true, Value: { S: "x" }, AttributeValueList: [] },
        "Value and AttributeValueList cannot be used together for Attribute: a",
      ],
      [
        { AttributeValueList: [] },
        "AttributeValueList can only be used with a ComparisonOperator for Attribute: a",
      ],
      [
        { Exists: false, AttributeValueList: [{ N: "1" }] },
        "AttributeValueList can only be used with a ComparisonOperator for Attribute: a",
      ],
      [
        { Exists: true, ComparisonOperator: "NULL" },
        "Exists and ComparisonOperator cannot be used together for Attribute: a",
      ],
      [
        { Exists: false, ComparisonOperator: "EQ" },
        "Exists and ComparisonOperator cannot be used together for Attribute: a",
      ],
      [
        { ComparisonOperator: "EQ" },
        "Value or AttributeValueList must be used with ComparisonOperator: EQ for Attribute: a",
      ],
      [
        { ComparisonOperator: "EQ", AttributeValueList: [] },
        "Invalid number of argument(s) for the EQ ComparisonOperator",
      ],
    ];
    for (const [entry, detail] of cases) {
      expect(errorOf(() => convertExpected({ Expected: { a: entry } }))).toEqual(
        invalidParameterError(detail),
      );
    }
  });

  it("checks the structure before the values, and each entry completely before the next", () => {
    expect(
      errorOf(() => convertExpected({ Expected: { a: { Exists: false, Value: { N: "abc" } } } })),
    ).toEqual(invalidParameterError("Value cannot be used when Exists is false for Attribute: a"));
    expect(
      errorOf(() =>
        convertExpected({
          Expected: { b: { ComparisonOperator: "EQ" }, a: { Exists: true } },
        }),
      ),
    ).toEqual(
      invalidParameterError(
        "Value or AttributeValueList must be used with ComparisonOperator: EQ for Attribute: b",
      ),
    );
    expect(
      errorOf(() =>
        convertExpected({
          Expected: { a: { ComparisonOperator: "EQ", AttributeValueList: [] }, b: { Exists: true } },
        }),
      ),
    ).toEqual(invalidParameterError("Invalid number of argument(s) for the EQ ComparisonOperator"));
  });

  it("normalises values with the item wording", () => {
    expect(errorOf(() => convertExpected({ Expected: { a: { Value: { SS: [] } } } }))).toEqual(
      invalidParameterError("An string set  may not be empty"),
    );
    expect(errorOf(() => convertExpected({ Expected: { a: { Value: { S: "x", N: "1" } } } }))).toEqual(
      validationError(
        "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes",
      ),
    );
  });

  it("rejects an empty attribute name", () => {
    expect(errorOf(() => convertExpected({ Expected: { "": { Exists: false } } }))).toEqual(
      validationError("Empty attribute name"),
    );
  });

  it("applies the ConditionalOperator rules after the entries", () => {
    expect(errorOf(() => convertExpected({ ConditionalOperator: "AND" }))).toEqual(
      validationError("ConditionalOperator cannot be used without Filter or Expected"),
    );
    expect(errorOf(() => convertExpected({ Expected: {}, ConditionalOperator: "AND" }))).toEqual(
      validationError("ConditionalOperator cannot be used without Filter or Expected"),
    );
    expect(
      errorOf(() => convertExpected({ Expected: { a: { Exists: false } }, ConditionalOperator: "OR" })),
    ).toEqual(
      validationError(
        "ConditionalOperator can only be used when Filter or Expected has two or more elements",
      ),
    );
    expect(
      errorOf(() => convertExpected({ Expected: { a: { Exists: true } }, ConditionalOperator: "OR" })),
    ).toEqual(invalidParameterError("Value must be provided when Exists is true for Attribute: a"));
  });
});

describe("convertExpected without arguments", () => {
  it("accepts NULL and NOT_NULL without Value or AttributeValueList", () => {
    expect(convertExpected({ Expected: { a: { ComparisonOperator: "NULL" } } })).toEqual({
      condition: { kind: "function", name: "attribute_not_exists", args: [a] },
      values: {},
    });
    expect(
      errorOf(() => convertExpected({ Expected: { a: { ComparisonOperator: "NULL", Value: { S: "x" } } } })),
    ).toEqual(invalidParameterError("Invalid number of argument(s) for the NULL ComparisonOperator"));
  });
});
