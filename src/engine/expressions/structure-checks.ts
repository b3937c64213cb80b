import type {
  ConditionNode,
  ExpressionKind,
  FunctionNode,
  OperandNode,
  PathNode,
  UpdateNode,
} from "./ast.js";
import {
  MAX_IN_OPERANDS,
  MAX_OPERATORS,
  MAX_PATH_DEPTH,
  documentPathRequired,
  expressionError,
  tooManyInOperands,
  tooManyNestingLevels,
  tooManyOperators,
  wrongOperandCount,
  wrongOperandType,
} from "./expression-error.js";
import { FUNCTIONS } from "./functions.js";

/**
 * Checks DynamoDB makes on the built tree: path depth, operand counts, document-path operands,
 * operand types known without values (`size()` is a number), IN list length, and finally the
 * operator count. They run in tree order, each function's operand count before its operands and
 * its operand checks after them, as DynamoDB's own walk does.
 */
export function checkConditionStructure(node: ConditionNode, kind: ExpressionKind): void {
  new StructureWalk(kind).condition(node);
  checkOperatorCount(countConditionOperators(node), kind);
}

export function checkUpdateStructure(node: UpdateNode): void {
  const walk = new StructureWalk("UpdateExpression");
  let operators = 0;
  for (const action of node.set) {
    walk.path(action.path);
    walk.operand(action.value);
    operators += countOperandOperators(action.value);
  }
  for (const path of node.remove) walk.path(path);
  for (const action of [...node.add, ...node.delete]) {
    walk.path(action.path);
    walk.operand(action.value);
  }
  checkOperatorCount(operators, "UpdateExpression");
}

export function checkProjectionStructure(paths: readonly PathNode[]): void {
  const walk = new StructureWalk("ProjectionExpression");
  for (const path of paths) walk.path(path);
}

/**
 * What DynamoDB prints as the type of a document path where a value of known type is required:
 * a path may hold any type, and the message lists them all.
 */
const ANY_TYPE =
  "{S,L,DOUBLE,DOUBLESET,INT,FS,DICT,B,BS,NULL,DECIMALSET,BOOL,DECIMAL,M,SS,HDS,INTSET,N,FLOAT,HD,NS}";

class StructureWalk {
  constructor(private readonly kind: ExpressionKind) {}

  condition(node: ConditionNode): void {
    switch (node.kind) {
      case "comparison":
        this.operand(node.left);
        this.operand(node.right);
        return;
      case "between":
        this.operand(node.operand);
        this.operand(node.lower);
        this.operand(node.upper);
        return;
      case "in":
        this.operand(node.operand);
        for (const candidate of node.candidates) this.operand(candidate);
        if (node.candidates.length > MAX_IN_OPERANDS) this.fail(tooManyInOperands(node.candidates.length));
        return;
      case "and":
      case "or":
        this.condition(node.left);
        this.condition(node.right);
        return;
      case "not":
        this.condition(node.operand);
        return;
      case "function":
        this.call(node);
        return;
    }
  }

  operand(node: OperandNode): void {
    switch (node.kind) {
      case "path":
        this.path(node);
        return;
      case "value":
        return;
      case "function":
        this.call(node);
        return;
      case "arithmetic":
        this.operand(node.left);
        this.operand(node.right);
        return;
    }
  }

  path(node: PathNode): void {
    if (node.elements.length > MAX_PATH_DEPTH) this.fail(tooManyNestingLevels(node.elements.length));
  }

  private call(node: FunctionNode): void {
    const rule = FUNCTIONS.get(node.name);
    if (rule && node.args.length !== rule.arity) this.fail(wrongOperandCount(node.name, node.args.length));
    for (const arg of node.args) this.operand(arg);
    const [first, second] = node.args;
    switch (node.name) {
      case "attribute_exists":
      case "attribute_not_exists":
      case "if_not_exists":
        if (first?.kind !== "path") this.fail(documentPathRequired(node.name));
        return;
      case "attribute_type":
        // No document-path rule here: DynamoDB checks the type name in the second operand first.
        if (second?.kind === "path") this.fail(wrongOperandType(node.name, ANY_TYPE));
        if (isSizeCall(second)) this.fail(wrongOperandType(node.name, "N"));
        return;
      case "begins_with":
      case "size":
        for (const arg of node.args) if (isSizeCall(arg)) this.fail(wrongOperandType(node.name, "N"));
        return;
    }
  }

  private fail(detail: string): never {
    throw expressionError(this.kind, detail);
  }
}

function isSizeCall(node: OperandNode | undefined): boolean {
  return node?.kind === "function" && node.name === "size";
}

/** Comparisons, BETWEEN, IN, AND, OR, NOT and every function call count one each. */
export function countConditionOperators(node: ConditionNode): number {
  switch (node.kind) {
    case "comparison":
      return 1 + countOperandOperators(node.left) + countOperandOperators(node.right);
    case "between":
      return (
        1 +
        countOperandOperators(node.operand) +
        countOperandOperators(node.lower) +
        countOperandOperators(node.upper)
      );
    case "in":
      return node.candidates.reduce(
        (sum, c) => sum + countOperandOperators(c),
        1 + countOperandOperators(node.operand),
      );
    case "and":
    case "or":
      return 1 + countConditionOperators(node.left) + countConditionOperators(node.right);
    case "not":
      return 1 + countConditionOperators(node.operand);
    case "function":
      return countOperandOperators(node);
  }
}

/** `+`, `-` and function calls count one each; paths and values none. */
export function countOperandOperators(node: OperandNode): number {
  switch (node.kind) {
    case "path":
    case "value":
      return 0;
    case "function":
      return node.args.reduce((sum, arg) => sum + countOperandOperators(arg), 1);
    case "arithmetic":
      return 1 + countOperandOperators(node.left) + countOperandOperators(node.right);
  }
}

/** DynamoDB stops counting at the first operator past the limit, so it always reports 301. */
function checkOperatorCount(count: number, kind: ExpressionKind): void {
  if (count > MAX_OPERATORS) throw expressionError(kind, tooManyOperators(MAX_OPERATORS + 1));
}
