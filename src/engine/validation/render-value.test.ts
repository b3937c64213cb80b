import { describe, expect, it } from "vitest";
import { renderValue } from "./render-value.js";
import {
  ATTRIBUTE_VALUE,
  BOOLEAN,
  PLAIN_STRING,
  integer,
  list,
  map,
  optional,
  required,
  structure,
} from "./shape.js";

describe("renderValue", () => {
  it("prints scalars bare", () => {
    expect(renderValue("abc", PLAIN_STRING)).toBe("abc");
    expect(renderValue(0, integer())).toBe("0");
    expect(renderValue(false, BOOLEAN)).toBe("false");
    expect(renderValue(undefined, PLAIN_STRING)).toBe("null");
  });

  it("prints lists and maps the Java way", () => {
    expect(renderValue(["a", "b"], list(PLAIN_STRING))).toBe("[a, b]");
    expect(renderValue([], list(PLAIN_STRING))).toBe("[]");
    expect(renderValue({ x: "1", y: "2" }, map(PLAIN_STRING))).toBe("{x=1, y=2}");
  });

  it("prints every member of a structure, absent ones as null", () => {
    const shape = structure("Projection", [
      optional("ProjectionType", PLAIN_STRING),
      required("NonKeyAttributes", list(PLAIN_STRING)),
    ]);
    expect(renderValue({ ProjectionType: "ALL" }, shape)).toBe(
      "Projection(projectionType=ALL, nonKeyAttributes=null)",
    );
  });

  it("prints attribute values with all their fields, nesting maps and lists", () => {
    const value = { M: { a: { N: "1" } }, L: undefined };
    expect(renderValue(value, ATTRIBUTE_VALUE)).toBe(
      "AttributeValue(s=null, n=null, b=null, sS=null, nS=null, bS=null, " +
        "m={a=AttributeValue(s=null, n=1, b=null, sS=null, nS=null, bS=null, m=null, l=null, nULL=null, bOOL=null)}, " +
        "l=null, nULL=null, bOOL=null)",
    );
    expect(renderValue({ SS: ["a", "b"] }, ATTRIBUTE_VALUE)).toBe(
      "AttributeValue(s=null, n=null, b=null, sS=[a, b], nS=null, bS=null, m=null, l=null, nULL=null, bOOL=null)",
    );
  });
});
