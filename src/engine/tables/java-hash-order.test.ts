import { describe, expect, it } from "vitest";
import { javaHashSetOrder } from "./java-hash-order.js";

describe("javaHashSetOrder", () => {
  it("orders names as a Java HashSet iterates them", () => {
    // Orders DynamoDB printed in `keys used: [...]` messages.
    expect(javaHashSetOrder(["pk", "sk", "a"])).toEqual(["a", "sk", "pk"]);
    expect(javaHashSetOrder(["my-string", "my-hash"])).toEqual(["my-hash", "my-string"]);
    expect(javaHashSetOrder(["user", "id"])).toEqual(["id", "user"]);
  });

  it("drops duplicates", () => {
    expect(javaHashSetOrder(["pk", "pk"])).toEqual(["pk"]);
  });
});
