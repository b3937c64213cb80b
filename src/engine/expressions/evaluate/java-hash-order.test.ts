import { describe, expect, it } from "vitest";
import { javaHashMapOrder } from "./java-hash-order.js";

// Orders observed from DynamoDB's unused-keys messages for maps sent in the given order.
describe("javaHashMapOrder", () => {
  it("orders two names by bucket", () => {
    expect(javaHashMapOrder(["#b", "#a"])).toEqual(["#a", "#b"]);
    expect(javaHashMapOrder([":z", ":a"])).toEqual([":z", ":a"]);
  });

  it("orders five names the way DynamoDB lists them", () => {
    expect(javaHashMapOrder(["#zz", "#a", "#m", "#b1", "#c"])).toEqual(["#c", "#b1", "#zz", "#m", "#a"]);
    expect(javaHashMapOrder([":zz", ":a", ":m", ":b1", ":c"])).toEqual([":m", ":a", ":b1", ":c", ":zz"]);
  });
});
