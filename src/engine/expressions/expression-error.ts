import { ValidationException } from "../errors/index.js";
import type { ExpressionKind } from "./ast.js";
import type { Token } from "./tokens.js";

/** Every expression problem is a ValidationException whose text names the request member. */
export function expressionError(kind: ExpressionKind, detail: string): ValidationException {
  return new ValidationException(`Invalid ${kind}: ${detail}`);
}

/**
 * DynamoDB quotes the offending token and the source text around it: from the start of the token
 * before it (or the text's start) to the end of the token after it (the text's end when that next
 * token is the end of input), whitespace kept as written.
 */
export function syntaxErrorDetail(text: string, tokens: readonly Token[], index: number): string {
  const token = tokens[index];
  if (!token) throw new RangeError(`no token at ${index}`);
  const previous = index > 0 ? tokens[index - 1] : undefined;
  const next = tokens[index + 1];
  const from = previous ? previous.start : 0;
  const to = token.type === "eof" || next?.type === "eof" ? text.length : (next ?? token).end;
  return `Syntax error; token: "${token.text}", near: "${text.slice(from, to)}"`;
}

export const EMPTY_EXPRESSION = "The expression can not be empty;";
export const REDUNDANT_PARENTHESES = "The expression has redundant parentheses;";
export const MAX_EXPRESSION_LENGTH = 4096;
export const MAX_OPERATORS = 300;
export const MAX_IN_OPERANDS = 100;
export const MAX_PATH_DEPTH = 32;
export const MAX_LIST_INDEX = 2147483647;

export function reservedKeyword(word: string): string {
  return `Attribute name is a reserved keyword; reserved keyword: ${word}`;
}

export function invalidFunctionName(name: string): string {
  return `Invalid function name; function: ${name}`;
}

export function functionMisused(name: string): string {
  return `The function is not allowed to be used this way in an expression; function: ${name}`;
}

export function functionNotAllowedIn(where: "a condition" | "an update", name: string): string {
  return `The function is not allowed in ${where} expression; function: ${name}`;
}

export function listIndexOutOfRange(indexText: string): string {
  return `List index is not within the allowable range; index: [${indexText}]`;
}

export function duplicateSection(section: string): string {
  return `The "${section}" section can only be used once in an update expression;`;
}

export function wrongOperandCount(name: string, count: number): string {
  return `Incorrect number of operands for operator or function; operator or function: ${name}, number of operands: ${count}`;
}

export function documentPathRequired(name: string): string {
  return `Operator or function requires a document path; operator or function: ${name}`;
}

export function wrongOperandType(name: string, type: string): string {
  return `Incorrect operand type for operator or function; operator or function: ${name}, operand type: ${type}`;
}

export function tooManyNestingLevels(levels: number): string {
  return `The document path has too many nesting levels; nesting levels: ${levels}`;
}

export function tooManyInOperands(count: number): string {
  return `The IN operator is provided with too many operands; number of operands: ${count}`;
}

export function tooManyOperators(count: number): string {
  return `The expression contains too many operators; operator count: ${count}`;
}

/**
 * Condition-like expressions report the size they measured; UpdateExpression and
 * ProjectionExpression end the sentence after the semicolon (both as DynamoDB Local words them).
 */
export function expressionTooLarge(kind: ExpressionKind, length: number): string {
  const base = "Expression size has exceeded the maximum allowed size;";
  return kind === "UpdateExpression" || kind === "ProjectionExpression"
    ? base
    : `${base} expression size: ${length}`;
}
