import { ValidationException } from "../errors/index.js";
import type { OperationHandler } from "../operation.js";
import { tableForArn } from "./tag-rules.js";

export const untagResource: OperationHandler = (db, input) => {
  const table = tableForArn(db, input.ResourceArn as string, "UntagResource");
  const keys = input.TagKeys as string[];
  if (keys.length === 0) throw new ValidationException("Atleast one Tag Key needs to be provided as Input.");
  for (const key of keys) table.tags.delete(key);
  return {};
};
