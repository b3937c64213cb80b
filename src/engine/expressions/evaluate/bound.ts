/**
 * Expression trees with every `#name` and `:value` placeholder resolved against one request's
 * ExpressionAttributeNames / ExpressionAttributeValues. Paths become plain arrays (a string per
 * map key, a number per list index) so evaluation walks them with no lookups.
 */
import type { AttributeValue } from "../../values/attribute-value.js";
import type { Comparator } from "../ast.js";

/** `a.b[2]` → `["a", "b", 2]`. The first element is always an attribute name. */
export type BoundPath = readonly (string | number)[];

export type BoundOperand =
  | { kind: "path"; path: BoundPath }
  | { kind: "value"; value: AttributeValue }
  | { kind: "size"; operand: BoundOperand }
  | { kind: "if_not_exists"; path: BoundPath; fallback: BoundOperand }
  | { kind: "list_append"; left: BoundOperand; right: BoundOperand }
  | { kind: "arithmetic"; operator: "+" | "-"; left: BoundOperand; right: BoundOperand };

export type BoundCondition =
  | { kind: "comparison"; operator: Comparator; left: BoundOperand; right: BoundOperand }
  | { kind: "between"; operand: BoundOperand; lower: BoundOperand; upper: BoundOperand }
  | { kind: "in"; operand: BoundOperand; candidates: BoundOperand[] }
  | { kind: "and"; left: BoundCondition; right: BoundCondition }
  | { kind: "or"; left: BoundCondition; right: BoundCondition }
  | { kind: "not"; operand: BoundCondition }
  | { kind: "attribute_exists"; path: BoundPath }
  | { kind: "attribute_not_exists"; path: BoundPath }
  | { kind: "attribute_type"; path: BoundPath; type: BoundOperand }
  | { kind: "begins_with"; operand: BoundOperand; prefix: BoundOperand }
  | { kind: "contains"; operand: BoundOperand; member: BoundOperand };

export interface BoundSetAction {
  path: BoundPath;
  value: BoundOperand;
}

export interface BoundSetOperation {
  path: BoundPath;
  value: AttributeValue;
}

export interface BoundUpdate {
  set: BoundSetAction[];
  remove: BoundPath[];
  add: BoundSetOperation[];
  delete: BoundSetOperation[];
}

/**
 * A ProjectionExpression compiled to a trie: each node maps a map key or list index to either
 * `true` (take the whole value) or a deeper node. List indexes are kept sorted because DynamoDB
 * returns projected list elements in index order, whatever order the paths were written in.
 */
export interface ProjectionTrie {
  names: Map<string, ProjectionTrie | true>;
  indexes: [number, ProjectionTrie | true][];
}

export interface BoundProjection {
  paths: BoundPath[];
  trie: ProjectionTrie;
}
