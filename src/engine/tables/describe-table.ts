import type { OperationHandler } from "../operation.js";
import { requireControlTable } from "./table-errors.js";
import { describeTableDescription } from "./table-description.js";

export const describeTable: OperationHandler = (db, input) => {
  const table = requireControlTable(db, input.TableName as string);
  return { Table: describeTableDescription(table) };
};
