import type { DataModel } from "../../modeling/model.js";
import { connect, createModelTables, dropModelTables, seedModel, type CatalogConnection } from "./connect.js";
import { stopNarrating } from "./narrate-requests.js";

/**
 * The frame of every runnable example: connect as the environment says, create and seed the
 * model's tables, run the example's steps, and always drop the tables and close the connection,
 * so an example never leaves tables behind, even when a step fails (the failure still ends the
 * process with a non-zero code).
 */
export async function runExample(
  model: DataModel,
  steps: (connection: CatalogConnection, seeded: number) => Promise<void>,
  options: Parameters<typeof connect>[0] = {},
): Promise<void> {
  const connection = await connect(options);
  try {
    await createModelTables(connection, model);
    const seeded = await seedModel(connection, model);
    await steps(connection, seeded);
  } finally {
    // Dropping the tables is housekeeping, not part of the example's story.
    stopNarrating(connection.documentClient);
    await dropModelTables(connection, model);
    await connection.close();
  }
}
