import type { ReturnConsumedCapacity } from "../capacity/consumed-capacity.js";
import { convertKeyConditions, convertQueryFilter } from "../expressions/legacy/index.js";
import { escapePositionComponent } from "../indexes/index-entry.js";
import type { OperationHandler } from "../operation.js";
import { keyRangeOf, keyTermsOf, type KeyRange, type KeyTerm } from "./key-condition.js";
import { readPage } from "./read-page.js";
import { bindLegacyCondition, prepareReadExpressions } from "./read-request.js";
import { readTargetOf } from "./read-target.js";
import { startPosition } from "./start-key.js";
import { checkExpressionsAgainstTarget, nestedKeyError } from "./target-checks.js";

/**
 * Query: one partition of the table or of an index, optionally narrowed to a sort-key range,
 * read in sort-key order through the store's bounded range read, so its cost depends on the page
 * and not on the size of the partition or the table.
 */
export const query: OperationHandler = (db, input) => {
  const expressions = prepareReadExpressions("Query", input);
  const table = db.requireTable(input.TableName as string);
  const target = readTargetOf(table, input);

  // The shape of the key condition is judged once the table is known: a path inside one of its
  // key attributes gets the key-attribute text (as DynamoDB Local answers).
  const onKey = (name: string) => nestedKeyError(table, name);
  const terms: KeyTerm[] = expressions.keyCondition
    ? keyTermsOf(expressions.keyCondition, onKey)
    : keyTermsOf(
        bindLegacyCondition(convertKeyConditions(input, target.keySchema), "KeyConditionExpression"),
        onKey,
      );
  const queryFilter = convertQueryFilter(input, target.keySchema);
  if (queryFilter) expressions.filter = bindLegacyCondition(queryFilter, "FilterExpression");

  const range = keyRangeOf(terms, target.keySchema);
  const start = startPosition("Query", target, input.ExclusiveStartKey, range);
  const fetchFromTable = checkExpressionsAgainstTarget("Query", target, expressions);

  const forward = input.ScanIndexForward !== false;
  const { lower, upper } = target.index ? indexBounds(range) : range;
  const entries = target.store.query(range.partition, { lower, upper, forward, exclusiveStart: start?.sort });
  return readPage(
    {
      target,
      expressions,
      fetchFromTable,
      limit: input.Limit as number | undefined,
      returnConsumedCapacity: input.ReturnConsumedCapacity as ReturnConsumedCapacity,
    },
    entries,
    (entry) => entry[1],
  );
};

/**
 * An index entry's position is its index sort key, two NULs, then the table key (see
 * indexPosition). Every position whose index sort key is exactly K lies between esc(K) and
 * esc(K) + NUL 0x01, and positions of other keys fall on the same side of both as the keys do.
 */
function indexBounds(range: KeyRange): Pick<KeyRange, "lower" | "upper"> {
  const { lower, upper, sortTerm } = range;
  if (!sortTerm) return {};
  const bounds: Pick<KeyRange, "lower" | "upper"> = {};
  if (lower) {
    const key = escapePositionComponent(lower.key);
    bounds.lower = lower.inclusive
      ? { key, inclusive: true }
      : { key: key + AFTER_COMPONENT, inclusive: true };
  }
  if (upper) {
    const key = escapePositionComponent(upper.key);
    bounds.upper = upper.inclusive
      ? { key: key + AFTER_COMPONENT, inclusive: false }
      : { key, inclusive: false };
  }
  return bounds;
}

const AFTER_COMPONENT = "\u0000\u0001";
