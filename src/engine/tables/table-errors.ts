import { ResourceInUseException, ResourceNotFoundException } from "../errors/index.js";
import type { Database } from "../database.js";
import type { Table } from "./table.js";

/** The table a control-plane operation names, with the message DescribeTable/DeleteTable/UpdateTable give. */
export function requireControlTable(db: Database, name: string): Table {
  const table = db.tables.get(name);
  if (!table) throw tableNotFound(name);
  return table;
}

export function tableNotFound(name: string): ResourceNotFoundException {
  return new ResourceNotFoundException(`Requested resource not found: Table: ${name} not found`);
}

const IN_PROGRESS: Record<string, string> = {
  CREATING: "being created",
  UPDATING: "being updated",
  DELETING: "being deleted",
};

/** Changing a table that is not ACTIVE. */
export function requireActive(table: Table): void {
  const doing = IN_PROGRESS[table.status];
  if (doing) {
    throw new ResourceInUseException(
      `Attempt to change a resource which is still in use: Table is ${doing}: ${table.name}`,
    );
  }
}
