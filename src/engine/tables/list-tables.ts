import type { OperationHandler } from "../operation.js";

const DEFAULT_LIMIT = 100;

/** Table names in ascending order, a page at a time. */
export const listTables: OperationHandler = (db, input) => {
  const limit = (input.Limit as number | undefined) ?? DEFAULT_LIMIT;
  const start = input.ExclusiveStartTableName as string | undefined;
  // Table names are ASCII, so code-unit order is DynamoDB's byte order.
  const names = [...db.tables.keys()].sort();
  const remaining = start === undefined ? names : names.filter((name) => name > start);
  const page = remaining.slice(0, limit);
  const output: Record<string, unknown> = { TableNames: page };
  if (remaining.length > limit) output.LastEvaluatedTableName = page[page.length - 1];
  return output;
};
