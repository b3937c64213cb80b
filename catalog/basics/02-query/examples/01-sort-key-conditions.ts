/**
 * Sort-key conditions of a Query: =, >, >=, BETWEEN and begins_with on time-ordered readings.
 * Every reading of a device shares the partition key DEVICE#<deviceId> and is sorted by
 * READING#<ISO time>, so each condition on the sort key reads one contiguous range and pays only
 * for the items in it: = finds one reading, > and >= sync everything after a point, BETWEEN
 * includes both ends, and begins_with on a date prefix returns one day. Run it with
 * `npx tsx catalog/basics/02-query/examples/01-sort-key-conditions.ts` (in process by default;
 * set DYNAMODB_ENDPOINT to use a server, see HOW_TO_RUN.md).
 */
import { runExample } from "../../../../src/catalog/runtime/run-example.js";
import { show, step } from "../../../../src/catalog/runtime/narrate.js";
import { entry } from "../entry.js";
import { getReadingAt, readingsAfter, readingsBetween, readingsOnDay, readingsSince } from "../readings.js";
import { narrateRequests } from "../../../../src/catalog/runtime/narrate-requests.js";

await runExample(entry.model, async (connection, seeded) => {
  const db = connection.documentClient;
  const table = connection.tableName("DeviceReadings");
  const device = "thermo-kitchen";
  narrateRequests(db);
  show("seeded example readings", seeded);

  step("= on the sort key: the reading taken at exactly 12:00 on March 1st");
  await getReadingAt(db, table, device, "2026-03-01T12:00:00Z");

  step(">: a client that has everything up to March 2nd 06:00 syncs the rest");
  await readingsAfter(db, table, device, "2026-03-02T06:00:00Z");

  step(">=: readings from March 2nd 09:00 on, that one included");
  await readingsSince(db, table, device, "2026-03-02T09:00:00Z");

  step("BETWEEN: the evening of March 1st to the morning of March 2nd, both ends included");
  await readingsBetween(db, table, device, "2026-03-01T18:00:00Z", "2026-03-02T09:00:00Z");

  step("begins_with: the garage thermostat's readings of March 1st");
  await readingsOnDay(db, table, "thermo-garage", "2026-03-01");
});
