/**
 * Descending order and Limit: the newest readings, and the reading in effect at a given time.
 * ScanIndexForward false walks the sort key from the end, and Limit stops the read after that many
 * items, so the newest three readings cost three items' worth of reads however long the history
 * is; combined with < or <=, the same two settings find the readings just before a time, or the
 * single reading in effect at it. Run it with
 * `npx tsx catalog/basics/02-query/examples/02-newest-first-with-limit.ts` (in process by default;
 * set DYNAMODB_ENDPOINT to use a server, see HOW_TO_RUN.md).
 */
import { runExample } from "../../../../src/catalog/runtime/run-example.js";
import { show, step } from "../../../../src/catalog/runtime/narrate.js";
import { entry } from "../entry.js";
import { latestReadings, readingInEffectAt, readingsBefore } from "../readings.js";
import { narrateRequests } from "../../../../src/catalog/runtime/narrate-requests.js";

await runExample(entry.model, async (connection, seeded) => {
  const db = connection.documentClient;
  const table = connection.tableName("DeviceReadings");
  const device = "thermo-kitchen";
  narrateRequests(db);
  show("seeded example readings", seeded);

  step("Descending order with Limit 3: the newest three readings, reading only three items");
  await latestReadings(db, table, device, 3);

  step("<: the two readings before 15:00, newest first");
  await readingsBefore(db, table, device, "2026-03-01T15:00:00Z", 2);

  step("<= with Limit 1: the reading in effect at 13:30 (taken at 12:00)");
  await readingInEffectAt(db, table, device, "2026-03-01T13:30:00Z");
});
