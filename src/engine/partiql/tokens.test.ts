import { describe, expect, it } from "vitest";
import { tokenize } from "./tokens.js";

const NOT_WELL_FORMED = "Statement wasn't well formed, can't be processed: ";

describe("tokenize", () => {
  it("reads quoted names, strings with doubled quotes, numbers, parameters and symbols", () => {
    expect(tokenize(`SELECT "a""b" FROM t WHERE x = 'it''s' AND y <= 1.5e3 AND z <> ?`)).toEqual([
      { kind: "identifier", text: "SELECT", at: 0, position: "1:1:6" },
      { kind: "quoted", text: 'a"b', at: 7, position: "1:8:6" },
      { kind: "identifier", text: "FROM", at: 14, position: "1:15:4" },
      { kind: "identifier", text: "t", at: 19, position: "1:20:1" },
      { kind: "identifier", text: "WHERE", at: 21, position: "1:22:5" },
      { kind: "identifier", text: "x", at: 27, position: "1:28:1" },
      { kind: "symbol", text: "=", at: 29, position: "1:30:1" },
      { kind: "string", text: "it's", at: 31, position: "1:32:7" },
      { kind: "identifier", text: "AND", at: 39, position: "1:40:3" },
      { kind: "identifier", text: "y", at: 43, position: "1:44:1" },
      { kind: "symbol", text: "<=", at: 45, position: "1:46:2" },
      { kind: "number", text: "1.5e3", at: 48, position: "1:49:5" },
      { kind: "identifier", text: "AND", at: 54, position: "1:55:3" },
      { kind: "identifier", text: "z", at: 58, position: "1:59:1" },
      { kind: "symbol", text: "<>", at: 60, position: "1:61:2" },
      { kind: "parameter", at: 63, position: "1:64:1" },
      { kind: "end", at: 64, position: "1:65:0" },
    ]);
  });

  it("places tokens by line and column after line breaks", () => {
    expect(tokenize("SELECT *\n  FROM 'x'").map((token) => token.position)).toEqual([
      "1:1:6",
      "1:8:1",
      "2:3:4",
      "2:8:3",
      "2:11:0",
    ]);
  });

  it("does not split a number from an exponent written apart", () => {
    expect(tokenize("1e5 1 e5").map((token) => [token.kind, "text" in token ? token.text : ""])).toEqual([
      ["number", "1e5"],
      ["number", "1"],
      ["identifier", "e5"],
      ["end", ""],
    ]);
  });

  it("skips comments and refuses text it cannot split, with nothing after the colon", () => {
    expect(tokenize("a -- note\n/* block */ b").map((t) => t.kind)).toEqual([
      "identifier",
      "identifier",
      "end",
    ]);
    for (const text of [`SELECT * FROM "t`, "SELECT 'a", "SELECT * FROM t WHERE pk = 1 # x", "a /* open"]) {
      expect(() => tokenize(text)).toThrow(new RegExp(`^${NOT_WELL_FORMED}$`));
    }
  });
});
