import type { CaseGroup } from "../harness/types.js";
import { batchCases } from "./batch.js";
import { createTableCases } from "./create-table.js";
import { deleteItemCases } from "./delete-item.js";
import { getItemCases } from "./get-item.js";
import { keyOrderCases } from "./key-order.js";
import { partiqlCases } from "./partiql.js";
import { putItemCases } from "./put-item.js";
import { queryCases } from "./query.js";
import { indexCases, scanCases } from "./scan-and-indexes.js";
import { tableLifecycleCases } from "./table-lifecycle.js";
import { transactionCases } from "./transactions.js";
import { streamCases, ttlCases } from "./ttl-and-streams.js";
import { updateItemCases } from "./update-item.js";
import { valuesAndConditionsCases } from "./values-and-conditions.js";

/** Every case group, for the tools that look at all cases at once. */
export const ALL_GROUPS: CaseGroup[] = [
  createTableCases,
  tableLifecycleCases,
  putItemCases,
  getItemCases,
  deleteItemCases,
  updateItemCases,
  valuesAndConditionsCases,
  queryCases,
  scanCases,
  indexCases,
  keyOrderCases,
  batchCases,
  transactionCases,
  ttlCases,
  streamCases,
  partiqlCases,
];
