import type { FunctionNode, OperandNode } from "./ast.js";
import { REDUNDANT_PARENTHESES } from "./expression-error.js";
import type { FunctionPlacement } from "./functions.js";
import { functionPlacementProblem } from "./functions.js";
import type { TokenCursor } from "./token-cursor.js";

/** An operand as parsed, with whether it was written directly inside its own parentheses. */
export interface ParsedOperand {
  node: OperandNode;
  parenthesized: boolean;
  /** Token index of a function call's name, for placement checks once its use is known. */
  functionAt?: number;
}

/**
 * operand := path | :value | name(operand, ...) | "(" operand ")".
 * A function call's placement is checked by the caller, which knows whether it became an operand
 * or a condition (`size(a)` alone is a condition in the grammar and rejected afterwards).
 */
export function parseOperand(cursor: TokenCursor): ParsedOperand {
  if (cursor.is("(")) {
    cursor.advance();
    const inner = parseOperand(cursor);
    notePlacement(cursor, inner, "operand");
    cursor.expect(")");
    if (inner.parenthesized) throw cursor.fail(REDUNDANT_PARENTHESES);
    return { node: inner.node, parenthesized: true };
  }
  return parseOperandAtom(cursor);
}

/** A path, a value placeholder or a function call (never parenthesized). */
export function parseOperandAtom(cursor: TokenCursor): ParsedOperand {
  const token = cursor.current;
  if (token.type === "value") {
    cursor.advance();
    return { node: { kind: "value", placeholder: token.text }, parenthesized: false };
  }
  if (token.type === "identifier" && cursor.peek().type === "(") {
    const functionAt = cursor.index;
    return { node: parseCall(cursor), parenthesized: false, functionAt };
  }
  if (token.type === "identifier" || token.type === "name") {
    return { node: cursor.parsePath(), parenthesized: false };
  }
  throw cursor.syntaxError();
}

function parseCall(cursor: TokenCursor): FunctionNode {
  const name = cursor.advance().text;
  cursor.expect("(");
  const args: OperandNode[] = [];
  for (;;) {
    const arg = parseOperand(cursor);
    notePlacement(cursor, arg, "operand");
    args.push(arg.node);
    if (!cursor.is(",")) break;
    cursor.advance();
  }
  cursor.expect(")");
  return { kind: "function", name, args };
}

/** Notes why a function call may not be used as `placement`, if it may not. */
export function notePlacement(
  cursor: TokenCursor,
  operand: ParsedOperand,
  placement: FunctionPlacement,
): void {
  if (operand.functionAt === undefined || operand.node.kind !== "function") return;
  const problem = functionPlacementProblem(cursor.kind, operand.node.name, placement);
  if (problem) cursor.note(operand.functionAt, problem);
}
