/**
 * The tree a PartiQL statement parses to. Values stay unresolved here (`?` parameters are bound
 * per request), so the tree of a statement text can be reused.
 */

/** `a.b[2]`: the first step is always an attribute name. */
export type PathSteps = (string | number)[];

export type Expr = (
  | { kind: "path"; steps: PathSteps }
  | { kind: "string"; text: string }
  | { kind: "number"; text: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "null" }
  | { kind: "missing" }
  | { kind: "parameter"; index: number }
  | { kind: "tuple"; entries: { key: Expr; value: Expr }[] }
  | { kind: "list"; items: Expr[] }
  | { kind: "bag"; items: Expr[] }
  | { kind: "compare"; operator: "=" | "<>" | "<" | "<=" | ">" | ">="; left: Expr; right: Expr }
  | { kind: "and" | "or"; left: Expr; right: Expr }
  | { kind: "not"; operand: Expr }
  | { kind: "in"; operand: Expr; candidates: Expr[] }
  | { kind: "between"; operand: Expr; lower: Expr; upper: Expr }
  | { kind: "is"; operand: Expr; test: "MISSING" | "NULL"; negated: boolean }
  | { kind: "call"; name: string; args: Expr[] }
  | { kind: "arithmetic"; operator: "+" | "-"; left: Expr; right: Expr }
) & {
  /** Where an operand starts (`line:column:length`), for messages that point at it. */
  position?: string;
};

export interface Target {
  table: string;
  index?: string;
}

export type Returning = "ALL OLD" | "MODIFIED OLD" | "ALL NEW" | "MODIFIED NEW";

export interface SelectStatement {
  kind: "select";
  target: Target;
  /** undefined: `*`. */
  projection: PathSteps[] | undefined;
  where: Expr | undefined;
  descending: boolean;
}

export interface InsertStatement {
  kind: "insert";
  target: Target;
  value: Expr;
}

export type UpdateAction =
  { kind: "set"; path: PathSteps; value: Expr } | { kind: "remove"; path: PathSteps };

export interface UpdateStatement {
  kind: "update";
  target: Target;
  actions: UpdateAction[];
  where: Expr | undefined;
  returning: Returning | undefined;
}

export interface DeleteStatement {
  kind: "delete";
  target: Target;
  where: Expr | undefined;
  returning: Returning | undefined;
}

/** `EXISTS(SELECT ...)`: a condition check, only inside ExecuteTransaction. */
export interface ExistsStatement {
  kind: "exists";
  select: SelectStatement;
}

export type Statement =
  SelectStatement | InsertStatement | UpdateStatement | DeleteStatement | ExistsStatement;

export interface ParsedStatement {
  statement: Statement;
  parameterCount: number;
}
