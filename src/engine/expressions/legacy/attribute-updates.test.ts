import { describe, expect, it } from "vitest";
import { convertAttributeUpdates } from "./attribute-updates.js";
import { attributePath } from "./legacy-values.js";
import { errorOf, invalidParameterError, validationError } from "./test-errors.js";
import type { KeySchema } from "../../tables/table.js";

const composite: KeySchema = { partition: { name: "pk", type: "S" }, sort: { name: "sk", type: "S" } };
const convert = (updates: Record<string, unknown>) =>
  convertAttributeUpdates({ AttributeUpdates: updates }, composite);
const value = (placeholder: string) => ({ kind: "value", placeholder });

describe("convertAttributeUpdates", () => {
  it("maps PUT (the default), ADD, DELETE with a set and DELETE without a value", () => {
    expect(
      convert({
        name: { Action: "PUT", Value: { S: "new" } },
        count: { Action: "ADD", Value: { N: "9.0" } },
        extra: { Action: "DELETE" },
        tags: { Action: "DELETE", Value: { SS: ["b"] } },
        "a.b": { Value: { BOOL: true } },
      }),
    ).toEqual({
      update: {
        set: [
          { path: attributePath("name"), value: value(":update.0") },
          { path: attributePath("a.b"), value: value(":update.3") },
        ],
        remove: [attributePath("extra")],
        add: [{ path: attributePath("count"), value: value(":update.1") }],
        delete: [{ path: attributePath("tags"), value: value(":update.2") }],
      },
      values: {
        ":update.0": { S: "new" },
        ":update.1": { N: "9" },
        ":update.2": { SS: ["b"] },
        ":update.3": { BOOL: true },
      },
    });
  });

  it("returns an empty update for an empty map", () => {
    expect(convert({})).toEqual({ update: { set: [], remove: [], add: [], delete: [] }, values: {} });
  });

  it("refuses key attributes before looking at the action or the value", () => {
    for (const entry of [{ Action: "PUT" }, { Action: "DELETE" }, { Action: "PUT", Value: { N: "abc" } }]) {
      expect(errorOf(() => convert({ sk: entry }))).toEqual(
        invalidParameterError("Cannot update attribute sk. This attribute is part of the key"),
      );
    }
  });

  it("checks each entry completely before the next", () => {
    expect(
      errorOf(() => convert({ a: { Action: "PUT" }, pk: { Action: "PUT", Value: { S: "k" } } })),
    ).toEqual(invalidParameterError("Only DELETE action is allowed when no attribute value is specified"));
    expect(
      errorOf(() => convert({ pk: { Action: "PUT", Value: { S: "k" } }, a: { Action: "PUT" } })),
    ).toEqual(invalidParameterError("Cannot update attribute pk. This attribute is part of the key"));
  });

  it("requires a value for PUT and ADD", () => {
    for (const entry of [{}, { Action: "PUT" }, { Action: "ADD" }]) {
      expect(errorOf(() => convert({ a: entry }))).toEqual(
        invalidParameterError("Only DELETE action is allowed when no attribute value is specified"),
      );
    }
  });

  it("names the value types ADD and DELETE do not support", () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ["ADD", { S: "v" }, "ADD action is not supported for the type STRING"],
      ["ADD", { M: {} }, "ADD action is not supported for the type MAP"],
      ["ADD", { BOOL: true }, "ADD action is not supported for the type BOOLEAN"],
      ["ADD", { NULL: true }, "ADD action is not supported for the type NULL"],
      ["ADD", { B: "YQ==" }, "ADD action is not supported for the type BINARY"],
      ["DELETE", { S: "v" }, "DELETE action with value is not supported for the type STRING"],
      ["DELETE", { N: "1" }, "DELETE action with value is not supported for the type NUMBER"],
      ["DELETE", { L: [] }, "DELETE action with value is not supported for the type LIST"],
    ];
    for (const [action, attributeValue, detail] of cases) {
      expect(errorOf(() => convert({ a: { Action: action, Value: attributeValue } }))).toEqual(
        invalidParameterError(detail),
      );
    }
    expect(convert({ a: { Action: "ADD", Value: { L: [{ S: "x" }] } } }).update.add).toHaveLength(1);
    expect(convert({ a: { Action: "ADD", Value: { NS: ["1"] } } }).update.add).toHaveLength(1);
  });

  it("normalises values before the type rules", () => {
    expect(errorOf(() => convert({ a: { Action: "DELETE", Value: { SS: [] } } }))).toEqual(
      invalidParameterError("An string set  may not be empty"),
    );
  });

  it("rejects an unknown action and an empty name", () => {
    expect(errorOf(() => convert({ a: { Action: "FOO" } }))).toEqual(
      validationError(
        "1 validation error detected: Value 'FOO' at 'attributeUpdates.a.member.action' failed to satisfy constraint: " +
          "Member must satisfy enum value set: [ADD, DELETE, PUT]",
      ),
    );
    expect(errorOf(() => convert({ "": { Value: { S: "v" } } }))).toEqual(
      validationError("Empty attribute name"),
    );
  });
});
