import type { AddOrDeleteAction, OperandNode, PathNode, SetAction, UpdateNode } from "./ast.js";
import { REDUNDANT_PARENTHESES, duplicateSection } from "./expression-error.js";
import type { ParsedOperand } from "./operand-parser.js";
import { notePlacement, parseOperandAtom } from "./operand-parser.js";
import type { TokenCursor } from "./token-cursor.js";
import type { Keyword } from "./tokens.js";

type Section = "SET" | "REMOVE" | "ADD" | "DELETE";
const SECTIONS: ReadonlySet<Keyword> = new Set<Keyword>(["SET", "REMOVE", "ADD", "DELETE"]);

/**
 * update  := section+
 * section := SET path = value ("," path = value)* | REMOVE path ("," path)*
 *          | ADD path :value ("," path :value)* | DELETE path :value ("," path :value)*
 * value   := term (("+" | "-") term)?
 * term    := operand | "(" value ")"
 *
 * A repeated section is reported once that section has been read, so a problem inside it wins.
 */
export function parseUpdateTokens(cursor: TokenCursor): UpdateNode {
  const update: UpdateNode = { set: [], remove: [], add: [], delete: [] };
  const seen = new Set<Section>();
  do {
    const keyword = cursor.current.keyword;
    if (!keyword || !SECTIONS.has(keyword)) throw cursor.syntaxError();
    const section = keyword as Section;
    cursor.advance();
    parseSection(cursor, section, update);
    if (seen.has(section)) cursor.note(cursor.index, duplicateSection(section));
    seen.add(section);
  } while (!cursor.is("eof"));
  return update;
}

function parseSection(cursor: TokenCursor, section: Section, update: UpdateNode): void {
  for (;;) {
    switch (section) {
      case "SET":
        update.set.push(parseSetAction(cursor));
        break;
      case "REMOVE":
        update.remove.push(cursor.parsePath());
        break;
      case "ADD":
        update.add.push(parseValueAction(cursor));
        break;
      case "DELETE":
        update.delete.push(parseValueAction(cursor));
        break;
    }
    if (!cursor.is(",")) return;
    cursor.advance();
  }
}

function parseSetAction(cursor: TokenCursor): SetAction {
  const path = cursor.parsePath();
  cursor.expect("=");
  return { path, value: parseSetValue(cursor).node };
}

function parseValueAction(cursor: TokenCursor): AddOrDeleteAction {
  const path: PathNode = cursor.parsePath();
  const token = cursor.expect("value");
  return { path, value: { kind: "value", placeholder: token.text } };
}

function parseSetValue(cursor: TokenCursor): ParsedOperand {
  const left = parseTerm(cursor);
  const operator = cursor.current.type;
  if (operator !== "+" && operator !== "-") {
    notePlacement(cursor, left, "operand");
    return left;
  }
  cursor.advance();
  notePlacement(cursor, left, "arithmetic-operand");
  const right = parseTerm(cursor);
  notePlacement(cursor, right, "arithmetic-operand");
  const node: OperandNode = { kind: "arithmetic", operator, left: left.node, right: right.node };
  return { node, parenthesized: false };
}

function parseTerm(cursor: TokenCursor): ParsedOperand {
  if (!cursor.is("(")) return parseOperandAtom(cursor);
  cursor.advance();
  const inner = parseSetValue(cursor);
  cursor.expect(")");
  if (inner.parenthesized) throw cursor.fail(REDUNDANT_PARENTHESES);
  return { node: inner.node, parenthesized: true };
}
