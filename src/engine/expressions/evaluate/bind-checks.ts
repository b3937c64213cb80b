/**
 * The checks DynamoDB makes once names and values are resolved, before any item is read. They
 * run in the expression's text order, and for each operator the distinct-operands check comes
 * before the operand-type checks.
 */
import { ValidationException } from "../../errors/index.js";
import { ATTRIBUTE_TYPES, typeOf, type AttributeValue } from "../../values/attribute-value.js";
import { compareScalars } from "../../values/compare.js";
import type { ExpressionKind } from "../ast.js";
import type { BoundCondition, BoundOperand, BoundPath, BoundUpdate } from "./bound.js";
import { formatPath, pathRelation, samePath } from "./paths.js";

export function expressionError(kind: ExpressionKind, detail: string): ValidationException {
  return new ValidationException(`Invalid ${kind}: ${detail}`);
}

function operandTypeError(kind: ExpressionKind, operator: string, type: string): ValidationException {
  return expressionError(
    kind,
    `Incorrect operand type for operator or function; operator or function: ${operator}, operand type: ${type}`,
  );
}

const ORDERED_TYPES = new Set(["S", "N", "B"]);
const VALID_TYPE_NAMES = new Set<string>(ATTRIBUTE_TYPES);
/**
 * DynamoDB's list of the operand types `attribute_type` accepts, printed when its second operand
 * is not a value at all. (DynamoDB Local prints a longer internal list here.)
 */
const ANY_TYPE = "{NS,SS,L,BS,N,M,B,BOOL,NULL,S}";

export function checkCondition(condition: BoundCondition, kind: ExpressionKind): void {
  switch (condition.kind) {
    case "and":
    case "or":
      checkCondition(condition.left, kind);
      checkCondition(condition.right, kind);
      return;
    case "not":
      checkCondition(condition.operand, kind);
      return;
    case "comparison":
      checkSize(condition.left, kind);
      checkSize(condition.right, kind);
      checkDistinct(condition.left, [condition.right], condition.operator, kind);
      if (condition.operator !== "=" && condition.operator !== "<>") {
        checkOrderedValue(condition.left, condition.operator, kind);
        checkOrderedValue(condition.right, condition.operator, kind);
      }
      return;
    case "between":
      checkSize(condition.operand, kind);
      checkDistinct(condition.operand, [condition.lower, condition.upper], "BETWEEN", kind);
      checkOrderedValue(condition.operand, "BETWEEN", kind);
      checkOrderedValue(condition.lower, "BETWEEN", kind);
      checkOrderedValue(condition.upper, "BETWEEN", kind);
      checkBetweenBounds(condition.lower, condition.upper, kind);
      return;
    case "in":
      checkSize(condition.operand, kind);
      for (const candidate of condition.candidates) checkSize(candidate, kind);
      checkDistinct(condition.operand, condition.candidates, "IN", kind);
      return;
    case "begins_with":
      checkDistinct(condition.operand, [condition.prefix], "begins_with", kind);
      for (const operand of [condition.operand, condition.prefix]) {
        if (operand.kind === "value" && !("S" in operand.value) && !("B" in operand.value)) {
          throw operandTypeError(kind, "begins_with", typeOf(operand.value));
        }
      }
      return;
    case "contains":
      checkDistinct(condition.operand, [condition.member], "contains", kind);
      return;
    case "attribute_type": {
      const type = condition.type;
      if (type.kind !== "value") throw operandTypeError(kind, "attribute_type", ANY_TYPE);
      if (!("S" in type.value)) throw operandTypeError(kind, "attribute_type", typeOf(type.value));
      if (!VALID_TYPE_NAMES.has(type.value.S)) {
        // DynamoDB Local lists the valid types in another order: {N,BS,L,B,NULL,M,S,SS,NS,BOOL}.
        throw expressionError(
          kind,
          `Invalid attribute type name found; type: ${type.value.S}, valid types: {${ATTRIBUTE_TYPES.join(",")}}`,
        );
      }
      return;
    }
    case "attribute_exists":
    case "attribute_not_exists":
      return;
  }
}

function checkDistinct(
  first: BoundOperand,
  rest: BoundOperand[],
  operator: string,
  kind: ExpressionKind,
): void {
  if (first.kind !== "path") return;
  for (const other of rest) {
    if (other.kind === "path" && samePath(first.path, other.path)) {
      throw expressionError(
        kind,
        `The first operand must be distinct from the remaining operands for this operator or function; operator: ${operator}, first operand: ${formatPath(first.path)}`,
      );
    }
  }
}

/** size() of a literal value is judged on the value's type; of a path only at evaluation. */
function checkSize(operand: BoundOperand, kind: ExpressionKind): void {
  if (operand.kind !== "size" || operand.operand.kind !== "value") return;
  const type = typeOf(operand.operand.value);
  if (type === "N" || type === "BOOL" || type === "NULL") throw operandTypeError(kind, "size", type);
}

function checkOrderedValue(operand: BoundOperand, operator: string, kind: ExpressionKind): void {
  if (operand.kind === "value" && !ORDERED_TYPES.has(typeOf(operand.value))) {
    throw operandTypeError(kind, operator, typeOf(operand.value));
  }
}

function checkBetweenBounds(lower: BoundOperand, upper: BoundOperand, kind: ExpressionKind): void {
  if (lower.kind !== "value" || upper.kind !== "value") return;
  const bounds = `lower bound operand: AttributeValue: ${describe(lower.value)}, upper bound operand: AttributeValue: ${describe(upper.value)}`;
  if (typeOf(lower.value) !== typeOf(upper.value)) {
    throw expressionError(
      kind,
      `The BETWEEN operator requires same data type for lower and upper bounds; ${bounds}`,
    );
  }
  if ((compareScalars(lower.value, upper.value) ?? 0) > 0) {
    throw expressionError(
      kind,
      `The BETWEEN operator requires upper bound to be greater than or equal to lower bound; ${bounds}`,
    );
  }
}

/** `{N:10}`, `{S:b}`; binaries print as the server's byte buffer, as DynamoDB's message does. */
function describe(value: AttributeValue): string {
  if ("S" in value) return `{S:${value.S}}`;
  if ("N" in value) return `{N:${value.N}}`;
  if ("B" in value) {
    const length = Buffer.from(value.B, "base64").length;
    return `{B:java.nio.HeapByteBuffer[pos=0 lim=${length} cap=${length}]}`;
  }
  return `{${typeOf(value)}}`;
}

/** Paths of one ProjectionExpression or UpdateExpression may neither overlap nor conflict. */
export function checkUniquePaths(paths: readonly BoundPath[], kind: ExpressionKind): void {
  for (let later = 1; later < paths.length; later++) {
    for (let earlier = 0; earlier < later; earlier++) {
      const relation = pathRelation(paths[earlier]!, paths[later]!);
      if (relation === "none") continue;
      const verb = relation === "overlap" ? "overlap" : "conflict";
      throw expressionError(
        kind,
        `Two document paths ${verb} with each other; must remove or rewrite one of these paths; path one: ${formatPath(paths[earlier]!)}, path two: ${formatPath(paths[later]!)}`,
      );
    }
  }
}

const SET_OPERAND_TYPE_NAMES: Record<string, string> = {
  S: "STRING",
  N: "NUMBER",
  B: "BINARY",
  BOOL: "BOOLEAN",
  NULL: "NULL",
  L: "LIST",
  M: "MAP",
};

/**
 * Path overlap and conflict first (across all clauses), then the operand types that the values
 * alone decide: SET's arithmetic and list_append operands, then ADD, then DELETE.
 */
export function checkUpdate(update: BoundUpdate): void {
  checkUniquePaths(updatePaths(update), "UpdateExpression");
  for (const action of update.set) checkSetOperand(action.value);
  for (const action of update.add) {
    if (!ADD_OPERAND_TYPES.has(typeOf(action.value))) throw setOperandError("ADD", action.value);
  }
  for (const action of update.delete) {
    if (!DELETE_OPERAND_TYPES.has(typeOf(action.value))) throw setOperandError("DELETE", action.value);
  }
}

const ADD_OPERAND_TYPES: ReadonlySet<string> = new Set(["N", "SS", "NS", "BS"]);
const DELETE_OPERAND_TYPES: ReadonlySet<string> = new Set(["SS", "NS", "BS"]);

/** Every path an update names, in clause order: SET, REMOVE, ADD, DELETE. */
export function updatePaths(update: BoundUpdate): BoundPath[] {
  const paths: BoundPath[] = [];
  for (const action of update.set) paths.push(action.path);
  for (const path of update.remove) paths.push(path);
  for (const action of update.add) paths.push(action.path);
  for (const action of update.delete) paths.push(action.path);
  return paths;
}

function setOperandError(operator: "ADD" | "DELETE", value: AttributeValue): ValidationException {
  const type = SET_OPERAND_TYPE_NAMES[typeOf(value)] ?? typeOf(value);
  return expressionError(
    "UpdateExpression",
    `Incorrect operand type for operator or function; operator: ${operator}, operand type: ${type}, typeSet: ALLOWED_FOR_${operator}_OPERAND`,
  );
}

function checkSetOperand(operand: BoundOperand): void {
  switch (operand.kind) {
    case "arithmetic":
      for (const side of [operand.left, operand.right]) {
        if (side.kind === "value" && !("N" in side.value)) {
          throw operandTypeError("UpdateExpression", operand.operator, typeOf(side.value));
        }
        checkSetOperand(side);
      }
      return;
    case "list_append":
      for (const side of [operand.left, operand.right]) {
        if (side.kind === "value" && !("L" in side.value)) {
          throw operandTypeError("UpdateExpression", "list_append", typeOf(side.value));
        }
        checkSetOperand(side);
      }
      return;
    case "if_not_exists":
      checkSetOperand(operand.fallback);
      return;
    default:
      return;
  }
}
