/**
 * What a Query returns versus what it reads and bills: FilterExpression, ProjectionExpression, COUNT.
 * A filter is applied after the key range is read, so every item in the range is billed even
 * when few come back (ScannedCount versus Count); a projection trims the attributes returned but
 * not the read cost; Select COUNT returns only how many items matched, at the same cost as reading
 * them. Only the key condition narrows what is read. Run it with
 * `npx tsx catalog/basics/02-query/examples/04-filters-projections-count.ts` (in process by
 * default; set DYNAMODB_ENDPOINT to use a server, see HOW_TO_RUN.md).
 */
import { runExample } from "../../../../src/catalog/runtime/run-example.js";
import { show, step } from "../../../../src/catalog/runtime/narrate.js";
import { entry } from "../entry.js";
import { countReadingsOnDay, hotReadings, temperatureSeries } from "../readings.js";
import { narrateRequests } from "../../../../src/catalog/runtime/narrate-requests.js";

await runExample(entry.model, async (connection, seeded) => {
  const db = connection.documentClient;
  const table = connection.tableName("DeviceReadings");
  const device = "thermo-kitchen";
  narrateRequests(db);
  show("seeded example readings", seeded);

  step("FilterExpression temperature > 25: 6 readings read and billed, 2 returned");
  const { scannedCount, count, capacityUnits } = await hotReadings(db, table, device, "2026-03-01", 25);
  show("read and billed, returned, read units", { scannedCount, count, capacityUnits });

  step("ProjectionExpression: only the time and temperature come back; the bill is the same");
  await temperatureSeries(db, table, device, "2026-03-02");

  step('Select "COUNT": how many readings on March 1st, without the items');
  show("count", await countReadingsOnDay(db, table, device, "2026-03-01"));
});
