import { ValidationException } from "../errors/index.js";
import type { OperationHandler } from "../operation.js";
import { requireControlTable } from "./table-errors.js";

export const describeTimeToLive: OperationHandler = (db, input) => {
  const table = requireControlTable(db, input.TableName as string);
  if (table.status === "CREATING" || table.status === "DELETING") {
    throw new ValidationException(
      `Cannot describe time to live while table is in ${table.status} state: Current table state is ${table.status}`,
    );
  }
  const { status, attributeName } = table.timeToLive;
  const description: Record<string, unknown> = { TimeToLiveStatus: status };
  if (attributeName !== undefined && status !== "DISABLED") description.AttributeName = attributeName;
  return { TimeToLiveDescription: description };
};
