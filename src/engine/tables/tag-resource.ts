import type { OperationHandler } from "../operation.js";
import type { TagInput } from "./request-shapes.js";
import { checkTagsToAdd, tableForArn } from "./tag-rules.js";

export const tagResource: OperationHandler = (db, input) => {
  const table = tableForArn(db, input.ResourceArn as string, "TagResource");
  const tags = input.Tags as TagInput[];
  checkTagsToAdd(tags, table.tags);
  for (const { Key, Value } of tags) table.tags.set(Key, Value);
  return {};
};
