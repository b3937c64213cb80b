import type { Comparator, ConditionNode, OperandNode } from "./ast.js";
import { REDUNDANT_PARENTHESES } from "./expression-error.js";
import type { ParsedOperand } from "./operand-parser.js";
import { notePlacement, parseOperand, parseOperandAtom } from "./operand-parser.js";
import type { TokenCursor } from "./token-cursor.js";
import type { TokenType } from "./tokens.js";

/**
 * condition := or
 * or        := and (OR and)*
 * and       := not (AND not)*
 * not       := NOT not | predicate
 * predicate := operand comparator operand | operand BETWEEN operand AND operand
 *            | operand IN "(" operand ("," operand)* ")" | function call | "(" condition ")"
 *
 * A parenthesis opening a predicate may hold a condition or an operand (`(a) = b`); which one is
 * only known after the closing parenthesis, so a group may yield a still undecided operand.
 */
export function parseConditionTokens(cursor: TokenCursor): ConditionNode {
  const parsed = parseOr(cursor, false);
  cursor.expect("eof");
  return asCondition(parsed);
}

/** A parsed piece: a condition, or an operand whose role is settled by what follows it. */
interface Parsed {
  condition?: ConditionNode;
  operand?: ParsedOperand;
  parenthesized: boolean;
}

const COMPARATORS: ReadonlySet<TokenType> = new Set<TokenType>(["=", "<>", "<", "<=", ">", ">="]);

function asCondition(parsed: Parsed): ConditionNode {
  if (!parsed.condition) throw new Error("an operand reached a condition position");
  return parsed.condition;
}

function parseOr(cursor: TokenCursor, allowOperand: boolean): Parsed {
  let left = parseAnd(cursor, allowOperand);
  while (cursor.isKeyword("OR")) {
    cursor.advance();
    const right = parseAnd(cursor, false);
    left = {
      condition: { kind: "or", left: asCondition(left), right: asCondition(right) },
      parenthesized: false,
    };
  }
  return left;
}

function parseAnd(cursor: TokenCursor, allowOperand: boolean): Parsed {
  let left = parseNot(cursor, allowOperand);
  while (cursor.isKeyword("AND")) {
    cursor.advance();
    const right = parseNot(cursor, false);
    left = {
      condition: { kind: "and", left: asCondition(left), right: asCondition(right) },
      parenthesized: false,
    };
  }
  return left;
}

function parseNot(cursor: TokenCursor, allowOperand: boolean): Parsed {
  if (!cursor.isKeyword("NOT")) return parsePredicate(cursor, allowOperand);
  cursor.advance();
  const operand = asCondition(parseNot(cursor, false));
  return { condition: { kind: "not", operand }, parenthesized: false };
}

function parsePredicate(cursor: TokenCursor, allowOperand: boolean): Parsed {
  const left: Parsed = cursor.is("(")
    ? parseGroup(cursor)
    : { operand: parseOperandAtom(cursor), parenthesized: false };
  const operand = left.operand;
  if (!operand) return left;

  const comparison = parseComparisonTail(cursor, operand);
  if (comparison) return { condition: comparison, parenthesized: false };
  if (allowOperand && cursor.is(")")) return left;
  if (operand.node.kind === "function") {
    notePlacement(cursor, operand, "condition");
    return { condition: operand.node, parenthesized: left.parenthesized };
  }
  throw cursor.syntaxError();
}

function parseGroup(cursor: TokenCursor): Parsed {
  cursor.advance();
  const inner = parseOr(cursor, true);
  cursor.expect(")");
  if (inner.parenthesized) throw cursor.fail(REDUNDANT_PARENTHESES);
  if (inner.operand) return { operand: { ...inner.operand, parenthesized: true }, parenthesized: true };
  return { ...inner, parenthesized: true };
}

function parseComparisonTail(cursor: TokenCursor, left: ParsedOperand): ConditionNode | undefined {
  const token = cursor.current;
  if (COMPARATORS.has(token.type)) {
    cursor.advance();
    notePlacement(cursor, left, "operand");
    const right = operandNode(cursor);
    return { kind: "comparison", operator: token.type as Comparator, left: left.node, right };
  }
  if (token.keyword === "BETWEEN") {
    cursor.advance();
    notePlacement(cursor, left, "operand");
    const lower = operandNode(cursor);
    cursor.expectKeyword("AND");
    const upper = operandNode(cursor);
    return { kind: "between", operand: left.node, lower, upper };
  }
  if (token.keyword === "IN") {
    cursor.advance();
    notePlacement(cursor, left, "operand");
    cursor.expect("(");
    const candidates = [operandNode(cursor)];
    while (cursor.is(",")) {
      cursor.advance();
      candidates.push(operandNode(cursor));
    }
    cursor.expect(")");
    return { kind: "in", operand: left.node, candidates };
  }
  return undefined;
}

function operandNode(cursor: TokenCursor): OperandNode {
  const operand = parseOperand(cursor);
  notePlacement(cursor, operand, "operand");
  return operand.node;
}
