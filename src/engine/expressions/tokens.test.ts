import { describe, expect, it } from "vitest";
import { tokenize } from "./tokens.js";

const shapes = (text: string) => tokenize(text).map((t) => `${t.type}:${t.text}`);

describe("tokenize", () => {
  it("scans paths, placeholders and comparators", () => {
    expect(shapes("a.b[3].#c <= :v")).toEqual([
      "identifier:a",
      ".:.",
      "identifier:b",
      "[:[",
      "number:3",
      "]:]",
      ".:.",
      "name:#c",
      "<=:<=",
      "value::v",
      "eof:<EOF>",
    ]);
  });

  it("reads keywords in any case and keeps their spelling", () => {
    const [token] = tokenize("bEtWeEn");
    expect(token).toMatchObject({ type: "keyword", keyword: "BETWEEN", text: "bEtWeEn" });
  });

  it("splits `<` `>` with a space and `!=` into separate tokens", () => {
    expect(shapes("< >")).toEqual(["<:<", ">:>", "eof:<EOF>"]);
    expect(shapes("!=")).toEqual(["unknown:!", "=:=", "eof:<EOF>"]);
    expect(shapes("<>")).toEqual(["<>:<>", "eof:<EOF>"]);
  });

  it("scans a leading zero as its own number", () => {
    expect(shapes("01 000 120")).toEqual([
      "number:0",
      "number:1",
      "number:0",
      "number:0",
      "number:0",
      "number:120",
      "eof:<EOF>",
    ]);
  });

  it("needs a word character after # and :", () => {
    expect(shapes("# : #1 :_x")).toEqual(["unknown:#", "unknown::", "name:#1", "value::_x", "eof:<EOF>"]);
  });

  it("does not start identifiers with an underscore or digit", () => {
    expect(shapes("_a 1a")).toEqual(["unknown:_", "identifier:a", "number:1", "identifier:a", "eof:<EOF>"]);
  });

  it("keeps offsets and a whole code point for unknown characters", () => {
    const tokens = tokenize(" a😀");
    expect(tokens.map((t) => [t.text, t.start, t.end])).toEqual([
      ["a", 1, 2],
      ["😀", 2, 4],
      ["<EOF>", 4, 4],
    ]);
  });
});
