import type { OperationHandler } from "../operation.js";
import { tableForArn } from "./tag-rules.js";

/** All of a table's tags in one page (a table holds at most 50, DynamoDB pages by 10 000). */
export const listTagsOfResource: OperationHandler = (db, input) => {
  const table = tableForArn(db, input.ResourceArn as string, "ListTagsOfResource");
  return { Tags: [...table.tags].map(([Key, Value]) => ({ Key, Value })) };
};
