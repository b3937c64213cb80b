import type { OperationHandler } from "./operation.js";
import { createTable } from "./tables/create-table.js";
import { describeTable } from "./tables/describe-table.js";
import { listTables } from "./tables/list-tables.js";
import { updateTable } from "./tables/update-table.js";
import { deleteTable } from "./tables/delete-table.js";
import { tagResource } from "./tables/tag-resource.js";
import { untagResource } from "./tables/untag-resource.js";
import { listTagsOfResource } from "./tables/list-tags-of-resource.js";
import { updateTimeToLive } from "./tables/update-time-to-live.js";
import { describeTimeToLive } from "./tables/describe-time-to-live.js";
import { describeLimits } from "./tables/describe-limits.js";
import { describeEndpoints } from "./tables/describe-endpoints.js";
import { putItem } from "./items/put-item.js";
import { getItem } from "./items/get-item.js";
import { updateItem } from "./items/update-item.js";
import { deleteItem } from "./items/delete-item.js";

import { query } from "./reads/query.js";
import { scan } from "./reads/scan.js";
import { batchGetItem } from "./batch/batch-get-item.js";
import { batchWriteItem } from "./batch/batch-write-item.js";
import { transactGetItems } from "./transactions/transact-get-items.js";
import { transactWriteItems } from "./transactions/transact-write-items.js";
import { executeStatement } from "./partiql/execute-statement.js";
import { batchExecuteStatement } from "./partiql/batch-execute-statement.js";
import { executeTransaction } from "./partiql/execute-transaction.js";
/** Every operation the engine answers, by the name that follows `DynamoDB_20120810.` on the wire. */
export const OPERATIONS: Record<string, OperationHandler> = {
  CreateTable: createTable,
  DescribeTable: describeTable,
  ListTables: listTables,
  UpdateTable: updateTable,
  DeleteTable: deleteTable,
  TagResource: tagResource,
  UntagResource: untagResource,
  ListTagsOfResource: listTagsOfResource,
  UpdateTimeToLive: updateTimeToLive,
  DescribeTimeToLive: describeTimeToLive,
  DescribeLimits: describeLimits,
  DescribeEndpoints: describeEndpoints,
  PutItem: putItem,
  GetItem: getItem,
  UpdateItem: updateItem,
  DeleteItem: deleteItem,
  Query: query,
  Scan: scan,
  BatchGetItem: batchGetItem,
  BatchWriteItem: batchWriteItem,
  TransactGetItems: transactGetItems,
  TransactWriteItems: transactWriteItems,
  ExecuteStatement: executeStatement,
  BatchExecuteStatement: batchExecuteStatement,
  ExecuteTransaction: executeTransaction,
};
