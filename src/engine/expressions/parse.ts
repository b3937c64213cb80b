// Contract only: the expression parser work fills these in.
import type { ConditionNode, ProjectionNode, UpdateNode } from "./ast.js";

export function parseCondition(
  _text: string,
  _kind: "ConditionExpression" | "FilterExpression" | "KeyConditionExpression",
): ConditionNode {
  throw new Error("not implemented");
}
export function parseUpdate(_text: string): UpdateNode {
  throw new Error("not implemented");
}
export function parseProjection(_text: string): ProjectionNode {
  throw new Error("not implemented");
}
