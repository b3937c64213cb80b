import { ValidationException, invalidParameter } from "../errors/index.js";
import type { BoundCondition, BoundOperand, BoundPath } from "../expressions/evaluate/index.js";
import { keyAttributesOf, type Table } from "../tables/table.js";
import type { ReadExpressions } from "./read-request.js";
import { indexProjects, type ReadOperation, type ReadTarget } from "./read-target.js";

/**
 * The checks of a read's expressions against the table and index it reads, in DynamoDB's order.
 * Returns whether items must be fetched from the table: a local secondary index answers for
 * attributes it does not project by reading the table (a global one refuses).
 */
export function checkExpressionsAgainstTarget(
  operation: ReadOperation,
  target: ReadTarget,
  expressions: ReadExpressions,
): boolean {
  const projectionPaths = expressions.projection?.paths ?? [];
  const filterPaths = expressions.filter ? conditionPaths(expressions.filter) : [];
  checkScalarKeyPaths(target, projectionPaths);
  checkScalarKeyPaths(target, filterPaths);
  if (operation === "Query") checkFilterAvoidsKey(target, filterPaths);

  const index = target.index;
  if (!index || index.projection.ProjectionType === "ALL") return false;
  if (expressions.select === "ALL_ATTRIBUTES" && index.kind === "global") {
    throw invalidParameter(
      `Select type ALL_ATTRIBUTES is not supported for global secondary index ${index.name} because its projection type is not ALL`,
    );
  }
  const missing = unprojected(target, projectionPaths);
  if (missing.length > 0 && index.kind === "global") {
    throw invalidParameter(`Global secondary index ${index.name} does not project [${missing.join(", ")}]`);
  }
  const missingFromFilter = unprojected(target, filterPaths);
  if (missingFromFilter.length > 0) {
    // DynamoDB Local refuses this on local indexes too, although they could fetch from the table.
    throw invalidParameter(
      `Secondary index ${index.name} does not project one or more filter attributes: [${missingFromFilter.join(", ")}]`,
    );
  }
  if (expressions.select === "COUNT") return false;
  return expressions.select === "ALL_ATTRIBUTES" || missing.length > 0;
}

/** Key attributes of the table and of every index are scalars: no path may reach inside one. */
function checkScalarKeyPaths(target: ReadTarget, paths: readonly BoundPath[]): void {
  for (const path of paths) {
    const name = path[0] as string;
    if (path.length > 1 && target.table.keyAttributeNames.includes(name))
      throw scalarKeyError(`Key: ${name}`);
  }
  for (const path of paths) {
    const error = path.length > 1 ? nestedIndexKeyError(target.table, path[0] as string) : undefined;
    if (error) throw error;
  }
}

/** The error for a path inside attribute `name` when it is a key of the table or of an index. */
export function nestedKeyError(table: Table, name: string): ValidationException | undefined {
  if (table.keyAttributeNames.includes(name)) return scalarKeyError(`Key: ${name}`);
  return nestedIndexKeyError(table, name);
}

function nestedIndexKeyError(table: Table, name: string): ValidationException | undefined {
  const onIndexKey = table.indexes.some((index) =>
    keyAttributesOf(index.keySchema).some((attribute) => attribute.name === name),
  );
  return onIndexKey ? scalarKeyError(`IndexKey: ${name}`) : undefined;
}

function scalarKeyError(which: string): ValidationException {
  return new ValidationException(
    `Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: ${which}`,
  );
}

function checkFilterAvoidsKey(target: ReadTarget, filterPaths: readonly BoundPath[]): void {
  for (const key of keyAttributesOf(target.keySchema)) {
    if (filterPaths.some((path) => path[0] === key.name)) {
      throw new ValidationException(
        `Filter Expression can only contain non-primary key attributes: Primary key attribute: ${key.name}`,
      );
    }
  }
}

/** Top-level attributes the paths name that the index does not hold, sorted as DynamoDB lists them. */
function unprojected(target: ReadTarget, paths: readonly BoundPath[]): string[] {
  const names = new Set<string>();
  for (const path of paths) {
    const name = path[0] as string;
    if (!indexProjects(target, name)) names.add(name);
  }
  return [...names].sort();
}

/** Every document path a condition reads. */
export function conditionPaths(condition: BoundCondition): BoundPath[] {
  const paths: BoundPath[] = [];
  const operand = (node: BoundOperand): void => {
    switch (node.kind) {
      case "path":
        paths.push(node.path);
        return;
      case "value":
        return;
      case "size":
        operand(node.operand);
        return;
      case "if_not_exists":
        paths.push(node.path);
        operand(node.fallback);
        return;
      case "list_append":
      case "arithmetic":
        operand(node.left);
        operand(node.right);
        return;
    }
  };
  const visit = (node: BoundCondition): void => {
    switch (node.kind) {
      case "and":
      case "or":
        visit(node.left);
        visit(node.right);
        return;
      case "not":
        visit(node.operand);
        return;
      case "comparison":
        operand(node.left);
        operand(node.right);
        return;
      case "between":
        operand(node.operand);
        operand(node.lower);
        operand(node.upper);
        return;
      case "in":
        operand(node.operand);
        node.candidates.forEach(operand);
        return;
      case "attribute_exists":
      case "attribute_not_exists":
        paths.push(node.path);
        return;
      case "attribute_type":
        paths.push(node.path);
        operand(node.type);
        return;
      case "begins_with":
        operand(node.operand);
        operand(node.prefix);
        return;
      case "contains":
        operand(node.operand);
        operand(node.member);
        return;
    }
  };
  visit(condition);
  return paths;
}
