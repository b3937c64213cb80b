/**
 * The syntax tree every expression parses to. The parser produces it once per distinct expression
 * text (and caches it); names (`#n`) and values (`:v`) stay as placeholders here and are bound to a
 * request's ExpressionAttributeNames / ExpressionAttributeValues later, so one tree serves every
 * request that sends the same text.
 */

/** One step of a document path: an attribute or map key, or a list index. */
export type PathElement =
  | { kind: "name"; name: string; placeholder: boolean } // placeholder: `name` is `#token` as written
  | { kind: "index"; index: number };

/** `a.b[2].#c` */
export interface PathNode {
  kind: "path";
  elements: PathElement[];
}

/** `:v` */
export interface ValueNode {
  kind: "value";
  placeholder: string;
}

/**
 * A function call as written: `size(a)`, `if_not_exists(a, :v)`, `attribute_exists(a)`...
 * Whether a function may stand where it stands (operand or condition) is checked by the parser.
 */
export interface FunctionNode {
  kind: "function";
  name: string;
  args: OperandNode[];
}

/** `a + :v`, `a - :v`: only on the right of a SET action. */
export interface ArithmeticNode {
  kind: "arithmetic";
  operator: "+" | "-";
  left: OperandNode;
  right: OperandNode;
}

export type OperandNode = PathNode | ValueNode | FunctionNode | ArithmeticNode;

export type Comparator = "=" | "<>" | "<" | "<=" | ">" | ">=";

export type ConditionNode =
  | { kind: "comparison"; operator: Comparator; left: OperandNode; right: OperandNode }
  | { kind: "between"; operand: OperandNode; lower: OperandNode; upper: OperandNode }
  | { kind: "in"; operand: OperandNode; candidates: OperandNode[] }
  | { kind: "and"; left: ConditionNode; right: ConditionNode }
  | { kind: "or"; left: ConditionNode; right: ConditionNode }
  | { kind: "not"; operand: ConditionNode }
  | FunctionNode;

export interface SetAction {
  path: PathNode;
  value: OperandNode;
}

export interface AddOrDeleteAction {
  path: PathNode;
  value: OperandNode;
}

/** An UpdateExpression: each clause at most once, in any order; actions keep their written order. */
export interface UpdateNode {
  set: SetAction[];
  remove: PathNode[];
  add: AddOrDeleteAction[];
  delete: AddOrDeleteAction[];
}

/** A ProjectionExpression: the listed paths, in written order. */
export type ProjectionNode = PathNode[];

/** Which request member an expression came from; error texts name it (`Invalid <kind>: ...`). */
export type ExpressionKind =
  | "ConditionExpression"
  | "FilterExpression"
  | "KeyConditionExpression"
  | "UpdateExpression"
  | "ProjectionExpression";
