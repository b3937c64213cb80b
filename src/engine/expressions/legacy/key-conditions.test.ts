import { describe, expect, it } from "vitest";
import { convertKeyConditions } from "./key-conditions.js";
import { attributePath } from "./legacy-values.js";
import { errorOf, invalidParameterError, validationError } from "./test-errors.js";
import type { KeySchema } from "../../tables/table.js";

const composite: KeySchema = { partition: { name: "pk", type: "S" }, sort: { name: "sk", type: "N" } };
const hashOnly: KeySchema = { partition: { name: "pk", type: "S" } };
const pkEq = { ComparisonOperator: "EQ", AttributeValueList: [{ S: "a" }] };
const convert = (conditions: Record<string, unknown>, schema: KeySchema = composite) =>
  convertKeyConditions({ KeyConditions: conditions }, schema);

describe("convertKeyConditions", () => {
  it("builds the partition key equality", () => {
    expect(convert({ pk: pkEq }, hashOnly)).toEqual({
      condition: {
        kind: "comparison",
        operator: "=",
        left: attributePath("pk"),
        right: { kind: "value", placeholder: ":key.0" },
      },
      values: { ":key.0": { S: "a" } },
    });
  });

  it("puts the partition key first whatever the request order", () => {
    const result = convert({
      sk: { ComparisonOperator: "BETWEEN", AttributeValueList: [{ N: "1" }, { N: "20" }] },
      pk: pkEq,
    });
    expect(result).toEqual({
      condition: {
        kind: "and",
        left: {
          kind: "comparison",
          operator: "=",
          left: attributePath("pk"),
          right: { kind: "value", placeholder: ":key.0" },
        },
        right: {
          kind: "between",
          operand: attributePath("sk"),
          lower: { kind: "value", placeholder: ":key.1" },
          upper: { kind: "value", placeholder: ":key.2" },
        },
      },
      values: { ":key.0": { S: "a" }, ":key.1": { N: "1" }, ":key.2": { N: "20" } },
    });
  });

  it("checks every entry on its own before the key schema", () => {
    expect(errorOf(() => convert({ sk: { ComparisonOperator: "EQ" } }))).toEqual(
      invalidParameterError("Invalid number of argument(s) for the EQ ComparisonOperator"),
    );
    expect(
      errorOf(() =>
        convert({ pk: pkEq, sk: { ComparisonOperator: "BEGINS_WITH", AttributeValueList: [{ N: "1" }] } }),
      ),
    ).toEqual(invalidParameterError("ComparisonOperator BEGINS_WITH is not valid for N AttributeValue type"));
  });

  it("requires one or two entries", () => {
    expect(errorOf(() => convert({}))).toEqual(validationError("Conditions can be of length 1 or 2 only"));
    expect(errorOf(() => convert({ pk: pkEq, sk: pkEq, x: pkEq }))).toEqual(
      validationError("Conditions can be of length 1 or 2 only"),
    );
  });

  it("checks the partition key condition before the other entry", () => {
    expect(
      errorOf(() => convert({ sk: { ComparisonOperator: "EQ", AttributeValueList: [{ N: "1" }] } })),
    ).toEqual(validationError("Query condition missed key schema element: pk"));
    expect(errorOf(() => convert({ pk: pkEq, x: pkEq }))).toEqual(
      validationError("Query condition missed key schema element: sk"),
    );
    expect(errorOf(() => convert({ pk: pkEq, sk: { ComparisonOperator: "NULL" } }, hashOnly))).toEqual(
      validationError("Query key condition not supported"),
    );
    expect(
      errorOf(() => convert({ x: pkEq, pk: { ComparisonOperator: "GT", AttributeValueList: [{ S: "a" }] } })),
    ).toEqual(validationError("Query key condition not supported"));
    expect(
      errorOf(() => convert({ pk: { ComparisonOperator: "GT", AttributeValueList: [{ N: "1" }] } })),
    ).toEqual(invalidParameterError("Condition parameter type does not match schema type"));
    expect(errorOf(() => convert({ pk: { ComparisonOperator: "NULL" } }))).toEqual(
      validationError("Only scalar types can be used as Hash Key values"),
    );
  });

  it("checks the sort key condition's values, then its operator", () => {
    expect(errorOf(() => convert({ pk: pkEq, sk: { ComparisonOperator: "NOT_NULL" } }))).toEqual(
      validationError("Only scalar types can be used as Range Key values"),
    );
    expect(
      errorOf(() =>
        convert({ pk: pkEq, sk: { ComparisonOperator: "IN", AttributeValueList: [{ S: "1" }] } }),
      ),
    ).toEqual(invalidParameterError("Condition parameter type does not match schema type"));
    for (const operator of ["IN", "NE", "CONTAINS", "NOT_CONTAINS"]) {
      expect(
        errorOf(() =>
          convert({ pk: pkEq, sk: { ComparisonOperator: operator, AttributeValueList: [{ N: "1" }] } }),
        ),
      ).toEqual(validationError("Attempted conditional constraint is not an indexable operation"));
    }
  });
});
