import { describe, expect, it } from "vitest";
import { convertQueryFilter, convertScanFilter } from "./filters.js";
import { attributePath } from "./legacy-values.js";
import { errorOf, invalidParameterError, validationError } from "./test-errors.js";
import type { KeySchema } from "../../tables/table.js";

const composite: KeySchema = { partition: { name: "pk", type: "S" }, sort: { name: "sk", type: "S" } };

describe("convertScanFilter", () => {
  it("returns undefined without entries", () => {
    expect(convertScanFilter({})).toBeUndefined();
    expect(convertScanFilter({ ScanFilter: {} })).toBeUndefined();
  });

  it("builds the filter, key attributes included, ANDed by default", () => {
    expect(
      convertScanFilter({
        ScanFilter: {
          pk: { ComparisonOperator: "BEGINS_WITH", AttributeValueList: [{ S: "user#" }] },
          val: { ComparisonOperator: "GT", AttributeValueList: [{ N: "30" }] },
        },
      }),
    ).toEqual({
      condition: {
        kind: "and",
        left: {
          kind: "function",
          name: "begins_with",
          args: [attributePath("pk"), { kind: "value", placeholder: ":filter.0" }],
        },
        right: {
          kind: "comparison",
          operator: ">",
          left: attributePath("val"),
          right: { kind: "value", placeholder: ":filter.1" },
        },
      },
      values: { ":filter.0": { S: "user#" }, ":filter.1": { N: "30" } },
    });
  });

  it("ignores Value and Exists, which Conditions do not have", () => {
    expect(
      errorOf(() =>
        convertScanFilter({ ScanFilter: { a: { ComparisonOperator: "EQ", Value: { S: "x" } } } }),
      ),
    ).toEqual(invalidParameterError("Invalid number of argument(s) for the EQ ComparisonOperator"));
    expect(convertScanFilter({ ScanFilter: { a: { ComparisonOperator: "NULL", Exists: true } } })).toEqual({
      condition: { kind: "function", name: "attribute_not_exists", args: [attributePath("a")] },
      values: {},
    });
  });

  it("rejects a missing operator, an empty name and reversed BETWEEN bounds", () => {
    expect(errorOf(() => convertScanFilter({ ScanFilter: { a: {} } }))).toEqual(
      validationError("Comparison type does not exist in DynamoDB"),
    );
    expect(errorOf(() => convertScanFilter({ ScanFilter: { "": { ComparisonOperator: "NULL" } } }))).toEqual(
      validationError("Empty attribute name"),
    );
    expect(
      errorOf(() =>
        convertScanFilter({
          ScanFilter: { a: { ComparisonOperator: "BETWEEN", AttributeValueList: [{ N: "2" }, { N: "1" }] } },
        }),
      ),
    ).toEqual(
      validationError(
        "The BETWEEN condition was provided a range where the lower bound is greater than the upper bound",
      ),
    );
  });

  it("applies the ConditionalOperator rules", () => {
    expect(errorOf(() => convertScanFilter({ ScanFilter: {}, ConditionalOperator: "AND" }))).toEqual(
      validationError("ConditionalOperator cannot be used without Filter or Expected"),
    );
    expect(
      errorOf(() =>
        convertScanFilter({ ScanFilter: { a: { ComparisonOperator: "NULL" } }, ConditionalOperator: "AND" }),
      ),
    ).toEqual(
      validationError(
        "ConditionalOperator can only be used when Filter or Expected has two or more elements",
      ),
    );
  });
});

describe("convertQueryFilter", () => {
  it("builds the filter on non-key attributes", () => {
    expect(
      convertQueryFilter(
        { QueryFilter: { tag: { ComparisonOperator: "CONTAINS", AttributeValueList: [{ S: "hello" }] } } },
        composite,
      ),
    ).toEqual({
      condition: {
        kind: "function",
        name: "contains",
        args: [attributePath("tag"), { kind: "value", placeholder: ":filter.0" }],
      },
      values: { ":filter.0": { S: "hello" } },
    });
  });

  it("rejects key attributes once every entry has passed its own checks", () => {
    expect(
      errorOf(() => convertQueryFilter({ QueryFilter: { sk: { ComparisonOperator: "NULL" } } }, composite)),
    ).toEqual(
      validationError("QueryFilter can only contain non-primary key attributes: Primary key attribute: sk"),
    );
    expect(
      errorOf(() =>
        convertQueryFilter(
          { QueryFilter: { pk: { ComparisonOperator: "NULL" }, x: { ComparisonOperator: "EQ" } } },
          composite,
        ),
      ),
    ).toEqual(invalidParameterError("Invalid number of argument(s) for the EQ ComparisonOperator"));
  });
});
