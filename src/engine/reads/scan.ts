import type { ReturnConsumedCapacity } from "../capacity/consumed-capacity.js";
import type { OperationHandler } from "../operation.js";
import { readPage } from "./read-page.js";
import { prepareReadExpressions } from "./read-request.js";
import { readTargetOf } from "./read-target.js";
import { checkStartInSegment, startPosition } from "./start-key.js";
import { checkExpressionsAgainstTarget } from "./target-checks.js";

/**
 * Scan: every item of the table or index, partitions in the store's hash order and sort keys in
 * order within each. A parallel scan reads one segment, a fixed range of partition hashes, so
 * segments are disjoint, together complete, and stable while items come and go.
 */
export const scan: OperationHandler = (db, input) => {
  const expressions = prepareReadExpressions("Scan", input);
  const table = db.requireTable(input.TableName as string);
  const target = readTargetOf(table, input);
  const segment = input.Segment as number | undefined;
  const totalSegments = input.TotalSegments as number | undefined;
  const fetchFromTable = checkExpressionsAgainstTarget("Scan", target, expressions);
  const start = startPosition("Scan", target, input.ExclusiveStartKey);
  if (start) checkStartInSegment(start, segment ?? undefined, totalSegments ?? undefined);

  return readPage(
    {
      target,
      expressions,
      fetchFromTable,
      limit: input.Limit as number | undefined,
      returnConsumedCapacity: input.ReturnConsumedCapacity as ReturnConsumedCapacity,
    },
    target.store.scan(
      segment === undefined || segment === null
        ? { exclusiveStart: start }
        : { segment, totalSegments: totalSegments!, exclusiveStart: start },
    ),
    (entry) => entry.stored,
  );
};
