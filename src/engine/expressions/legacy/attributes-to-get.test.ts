import { describe, expect, it } from "vitest";
import { convertAttributesToGet } from "./attributes-to-get.js";
import { attributePath } from "./legacy-values.js";
import { errorOf, invalidParameterError, validationError } from "./test-errors.js";

describe("convertAttributesToGet", () => {
  it("returns undefined when absent", () => {
    expect(convertAttributesToGet({}, "GetItem")).toBeUndefined();
  });

  it("projects literal top-level names in request order", () => {
    expect(convertAttributesToGet({ AttributesToGet: ["name", "a.b", "c[0]"] }, "Query")).toEqual([
      attributePath("name"),
      attributePath("a.b"),
      attributePath("c[0]"),
    ]);
  });

  it("words duplicates per operation", () => {
    const list = { AttributesToGet: ["a", "b", "b", "a"] };
    for (const operation of ["GetItem", "Query", "Scan"] as const) {
      expect(errorOf(() => convertAttributesToGet(list, operation))).toEqual(
        validationError("Cannot have two attributes with the same name"),
      );
    }
    expect(errorOf(() => convertAttributesToGet(list, "BatchGetItem"))).toEqual(
      invalidParameterError("Duplicate value in attribute name: b"),
    );
  });

  it("rejects an empty list on GetItem and BatchGetItem only", () => {
    expect(errorOf(() => convertAttributesToGet({ AttributesToGet: [] }, "GetItem"))).toEqual(
      validationError("AttributesToGet cannot be empty"),
    );
    expect(errorOf(() => convertAttributesToGet({ AttributesToGet: [] }, "BatchGetItem"))).toEqual(
      validationError("AttributesToGet cannot be empty"),
    );
    expect(convertAttributesToGet({ AttributesToGet: [] }, "Scan")).toEqual([]);
  });

  it("checks names in order: an empty name before a later duplicate", () => {
    expect(errorOf(() => convertAttributesToGet({ AttributesToGet: ["a", "", "a"] }, "GetItem"))).toEqual(
      validationError("Empty attribute name"),
    );
    expect(errorOf(() => convertAttributesToGet({ AttributesToGet: ["a", "a", ""] }, "GetItem"))).toEqual(
      validationError("Cannot have two attributes with the same name"),
    );
  });
});
