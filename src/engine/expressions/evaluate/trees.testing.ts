// Small builders for syntax trees in tests, so each test reads like the expression it stands for.
import type { ConditionNode, OperandNode, PathElement, PathNode, UpdateNode, ValueNode } from "../ast.js";

/** `path("a", "#b", 2)`: strings starting with `#` are placeholders, numbers are list indexes. */
export function path(...steps: (string | number)[]): PathNode {
  const elements: PathElement[] = steps.map((step) =>
    typeof step === "number"
      ? { kind: "index", index: step }
      : { kind: "name", name: step, placeholder: step.startsWith("#") },
  );
  return { kind: "path", elements };
}

export function value(placeholder: string): ValueNode {
  return { kind: "value", placeholder };
}

export function fn(name: string, ...args: OperandNode[]): ConditionNode & OperandNode {
  return { kind: "function", name, args };
}

export function compare(
  left: OperandNode,
  operator: "=" | "<>" | "<" | "<=" | ">" | ">=",
  right: OperandNode,
): ConditionNode {
  return { kind: "comparison", operator, left, right };
}

export function update(parts: Partial<UpdateNode>): UpdateNode {
  return { set: [], remove: [], add: [], delete: [], ...parts };
}
