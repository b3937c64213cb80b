import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, InvalidCursorError } from "./cursor.js";

const secret = "test-secret";
const key = { PK: "DEVICE#thermo-kitchen", SK: "READING#2026-03-01T12:00:00Z" };
const rules = { keyAttributes: ["PK", "SK"], expected: { PK: "DEVICE#thermo-kitchen" } };

const refusal = (cursor: string, options = rules, usingSecret: string = secret) => {
  try {
    decodeCursor(cursor, usingSecret, options);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidCursorError);
    return (error as Error).message;
  }
  throw new Error("the cursor was accepted");
};

/** A cursor signed with the right secret around any payload: only the shape checks can stop it. */
const signed = (json: string) => {
  const payload = Buffer.from(json).toString("base64url");
  const signature = createHmac("sha256", secret).update(`v1.${payload}`).digest("base64url");
  return `v1.${payload}.${signature}`;
};

describe("page cursors", () => {
  it("round-trip a key, as URL-safe text that does not show the key in clear", () => {
    const cursor = encodeCursor(key, secret);
    expect(cursor).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(cursor).not.toContain("DEVICE#");
    expect(decodeCursor(cursor, secret, rules)).toEqual(key);
  });

  it("refuse a cursor whose key was changed, or that another secret signed", () => {
    const [version, , signature] = encodeCursor(key, secret).split(".");
    const forged = Buffer.from(JSON.stringify({ ...key, PK: "DEVICE#thermo-garage" })).toString("base64url");
    expect(refusal(`${version}.${forged}.${signature}`)).toBe("Invalid cursor: bad signature");
    expect(refusal(encodeCursor(key, "another-secret"))).toBe("Invalid cursor: bad signature");
    expect(refusal(encodeCursor(key, secret), rules, "another-secret")).toBe("Invalid cursor: bad signature");
  });

  it("refuse a genuine cursor for a partition the request may not read", () => {
    const garage = encodeCursor({ PK: "DEVICE#thermo-garage", SK: "READING#2026-03-01T12:00:00Z" }, secret);
    expect(refusal(garage)).toBe("Invalid cursor: PK does not match the request");
  });

  it("refuse malformed text", () => {
    expect(refusal("")).toBe("Invalid cursor: malformed");
    expect(refusal("v2.abc.def")).toBe("Invalid cursor: malformed");
    expect(refusal(`${encodeCursor(key, secret)}.extra`)).toBe("Invalid cursor: malformed");
    expect(refusal("v1.abc")).toBe("Invalid cursor: malformed");
    expect(refusal(`v1.${"a".repeat(5000)}.b`)).toBe("Invalid cursor: too long");
  });

  it("refuse signed payloads that are not a key of the expected shape", () => {
    expect(refusal(signed("{not json"))).toBe("Invalid cursor: unreadable");
    expect(refusal(signed("[1,2]"))).toBe("Invalid cursor: not a key");
    expect(refusal(signed("null"))).toBe("Invalid cursor: not a key");
    expect(refusal(signed(JSON.stringify({ PK: key.PK })))).toBe("Invalid cursor: wrong key attributes");
    expect(refusal(signed(JSON.stringify({ ...key, extra: "x" })))).toBe(
      "Invalid cursor: wrong key attributes",
    );
    expect(refusal(signed(JSON.stringify({ ...key, SK: 7 })))).toBe("Invalid cursor: SK is not a string");
  });
});
