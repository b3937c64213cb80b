/**
 * Entry points of the expression front end: text in, syntax tree out, or a ValidationException
 * with DynamoDB's text. DynamoDB's order of checks is kept: empty text, size, syntax (redundant
 * parentheses are reported as soon as they close), then the problems met while building the tree
 * (earliest first), then the structural checks of `structure-checks.ts`.
 *
 * Every distinct text is parsed once: results and failures are kept in an LRU cache, so trees are
 * shared between requests and must be treated as immutable.
 */
import { ValidationException } from "../errors/index.js";
import type { ConditionNode, ExpressionKind, ProjectionNode, UpdateNode } from "./ast.js";
import { parseConditionTokens } from "./condition-parser.js";
import {
  EMPTY_EXPRESSION,
  MAX_EXPRESSION_LENGTH,
  expressionError,
  expressionTooLarge,
} from "./expression-error.js";
import { LruCache } from "./parse-cache.js";
import {
  checkConditionStructure,
  checkProjectionStructure,
  checkUpdateStructure,
} from "./structure-checks.js";
import { TokenCursor } from "./token-cursor.js";
import { parseUpdateTokens } from "./update-parser.js";

export type ConditionKind = "ConditionExpression" | "FilterExpression" | "KeyConditionExpression";

type Outcome = { tree: ConditionNode | UpdateNode | ProjectionNode } | { error: string };

/** Texts kept per kind of expression: five kinds, so at most 20,480 trees in all. */
export const PARSE_CACHE_CAPACITY = 4096;
/** One cache per kind of expression: the same text may be valid as one kind and not another. */
const caches: Record<ExpressionKind, LruCache<string, Outcome>> = {
  ConditionExpression: new LruCache(PARSE_CACHE_CAPACITY),
  FilterExpression: new LruCache(PARSE_CACHE_CAPACITY),
  KeyConditionExpression: new LruCache(PARSE_CACHE_CAPACITY),
  UpdateExpression: new LruCache(PARSE_CACHE_CAPACITY),
  ProjectionExpression: new LruCache(PARSE_CACHE_CAPACITY),
};

export function parseCondition(text: string, kind: ConditionKind): ConditionNode {
  return cached(kind, text, (cursor) => {
    const tree = parseConditionTokens(cursor);
    cursor.throwNoted();
    checkConditionStructure(tree, kind);
    return tree;
  }) as ConditionNode;
}

export function parseUpdate(text: string): UpdateNode {
  return cached("UpdateExpression", text, (cursor) => {
    const tree = parseUpdateTokens(cursor);
    cursor.throwNoted();
    checkUpdateStructure(tree);
    return tree;
  }) as UpdateNode;
}

/** projection := path ("," path)* */
export function parseProjection(text: string): ProjectionNode {
  return cached("ProjectionExpression", text, (cursor) => {
    const paths: ProjectionNode = [cursor.parsePath()];
    while (cursor.is(",")) {
      cursor.advance();
      paths.push(cursor.parsePath());
    }
    cursor.expect("eof");
    cursor.throwNoted();
    checkProjectionStructure(paths);
    return paths;
  }) as ProjectionNode;
}

/** Empties the parse cache (for tests and memory pressure). */
export function clearParseCache(): void {
  for (const cache of Object.values(caches)) cache.clear();
}

export function parseCacheSize(): number {
  let size = 0;
  for (const cache of Object.values(caches)) size += cache.size;
  return size;
}

function cached(
  kind: ExpressionKind,
  text: string,
  parse: (cursor: TokenCursor) => ConditionNode | UpdateNode | ProjectionNode,
): ConditionNode | UpdateNode | ProjectionNode {
  const cache = caches[kind];
  let outcome = cache.get(text);
  if (!outcome) {
    outcome = attempt(kind, text, parse);
    cache.set(text, outcome);
  }
  if ("error" in outcome) throw new ValidationException(outcome.error);
  return outcome.tree;
}

function attempt(
  kind: ExpressionKind,
  text: string,
  parse: (cursor: TokenCursor) => ConditionNode | UpdateNode | ProjectionNode,
): Outcome {
  if (text.length === 0) return { error: expressionError(kind, EMPTY_EXPRESSION).message };
  // Measured in UTF-16 code units, as DynamoDB does (a 4096-character text with a two-byte
  // character is not rejected as too large).
  if (text.length > MAX_EXPRESSION_LENGTH)
    return { error: expressionError(kind, expressionTooLarge(kind, text.length)).message };
  try {
    return { tree: parse(new TokenCursor(text, kind)) };
  } catch (error) {
    if (error instanceof ValidationException) return { error: error.message };
    throw error;
  }
}
