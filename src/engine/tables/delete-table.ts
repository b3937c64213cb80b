import { ResourceInUseException, ValidationException } from "../errors/index.js";
import type { OperationHandler } from "../operation.js";
import { indexStoreName } from "./index-rules.js";
import { settleTransition } from "./lifecycle.js";
import { requireControlTable } from "./table-errors.js";
import { describeTableDescription } from "./table-description.js";
import { closeStream } from "../streams/stream-registry.js";

export const deleteTable: OperationHandler = (db, input) => {
  const table = requireControlTable(db, input.TableName as string);
  if (table.status === "CREATING" || table.status === "DELETING") {
    const doing = table.status === "CREATING" ? "created" : "deleted";
    throw new ResourceInUseException(
      `Attempt to change a resource which is still in use: Table is being ${doing}: ${table.name}`,
    );
  }
  if (table.deletionProtectionEnabled) {
    throw new ValidationException(
      "Resource cannot be deleted as it is currently protected against deletion. Disable deletion protection first.",
    );
  }
  table.status = "DELETING";
  const response = describeTableDescription(table);
  // The stream of a deleted table stops at once but stays readable for 24 hours.
  closeStream(db, table);
  settleTransition(db, table, "delete", () => {
    // A table re-created under the same name meanwhile is a different table: leave it alone.
    if (db.tables.get(table.name) !== table) return;
    db.tables.delete(table.name);
    for (const index of table.indexes) db.storage.dropItemStore(indexStoreName(table.name, index.name));
    db.storage.dropItemStore(table.name);
  });
  return { TableDescription: response };
};
