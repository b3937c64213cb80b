// Runs the query patterns step by step: `npx tsx catalog/basics/02-query/example.ts`.
// In process by default; set DYNAMODB_ENDPOINT to use a server (see HOW_TO_RUN.md).
import { randomBytes } from "node:crypto";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import {
  connect,
  createModelTables,
  dropModelTables,
  seedModel,
} from "../../../src/catalog/runtime/connect.js";
import { show, step } from "../../../src/catalog/runtime/narrate.js";
import { encodeCursor } from "./cursor.js";
import { entry } from "./entry.js";
import {
  countReadingsOnDay,
  getReadingAt,
  hotReadings,
  latestReadings,
  listReadingsPage,
  readingInEffectAt,
  readingsAfter,
  readingsBefore,
  readingsBetween,
  readingsOnDay,
  readingsSince,
  temperatureSeries,
} from "./readings.js";

/**
 * Prints every request the access patterns send and every response, in document form, asking
 * each for its consumed capacity. The patterns themselves stay free of logging.
 */
function narrateRequests(db: DynamoDBDocumentClient): void {
  type Next = (args: { input: object }) => Promise<{ output: object }>;
  const narrate =
    (next: Next, context: { commandName?: string }) =>
    async (args: { input: object }): Promise<{ output: object }> => {
      const input = args.input as Record<string, unknown>;
      input.ReturnConsumedCapacity ??= "TOTAL";
      show(`→ ${String(context.commandName).replace(/Command$/, "")}`, input);
      try {
        const result = await next(args);
        show("←", result.output);
        return result;
      } catch (error) {
        const { name, message } = error as Error;
        show(`← ${name}`, message);
        throw error;
      }
    };
  db.middlewareStack.add(narrate as never, { step: "initialize", name: "narrateRequests" });
}

const connection = await connect();
try {
  await createModelTables(connection, entry.model);
  const seeded = await seedModel(connection, entry.model);
  const db = connection.documentClient;
  const table = connection.tableName("DeviceReadings");
  const device = "thermo-kitchen";
  narrateRequests(db);
  show("seeded example readings", seeded);

  step("= on the sort key: the reading taken at exactly 12:00 on March 1st");
  await getReadingAt(db, table, device, "2026-03-01T12:00:00Z");

  step("Descending order with Limit 3: the newest three readings, reading only three items");
  await latestReadings(db, table, device, 3);

  step("<: the two readings before 15:00, newest first");
  await readingsBefore(db, table, device, "2026-03-01T15:00:00Z", 2);

  step("<= with Limit 1: the reading in effect at 13:30 (taken at 12:00)");
  await readingInEffectAt(db, table, device, "2026-03-01T13:30:00Z");

  step(">: a client that has everything up to March 2nd 06:00 syncs the rest");
  await readingsAfter(db, table, device, "2026-03-02T06:00:00Z");

  step(">=: readings from March 2nd 09:00 on, that one included");
  await readingsSince(db, table, device, "2026-03-02T09:00:00Z");

  step("BETWEEN: the evening of March 1st to the morning of March 2nd, both ends included");
  await readingsBetween(db, table, device, "2026-03-01T18:00:00Z", "2026-03-02T09:00:00Z");

  step("begins_with: the garage thermostat's readings of March 1st");
  await readingsOnDay(db, table, "thermo-garage", "2026-03-01");

  // In production the secret comes from a secret store and is rotated; any client-side change
  // to a cursor, or a cursor signed with another secret, is then refused.
  const cursorSecret = randomBytes(32);
  step("Paging for an API: 5 readings a page, LastEvaluatedKey handed out as a signed cursor");
  const first = await listReadingsPage(db, table, { deviceId: device, pageSize: 5, cursorSecret });
  show("page 1 cursor", first.nextCursor);
  const second = await listReadingsPage(db, table, {
    deviceId: device,
    pageSize: 5,
    cursorSecret,
    cursor: first.nextCursor,
  });
  show("page 2 cursor (the page ended exactly on the last reading)", second.nextCursor);
  const third = await listReadingsPage(db, table, {
    deviceId: device,
    pageSize: 5,
    cursorSecret,
    cursor: second.nextCursor,
  });
  show("page 3", { readings: third.readings.length, nextCursor: third.nextCursor ?? "none: the end" });

  step("Cursors a client must not use: one forged with a guessed secret, one issued for another device");
  const refusal = (error: Error) => `${error.name}: ${error.message}`;
  const forged = encodeCursor(
    { PK: "DEVICE#thermo-garage", SK: "READING#2026-03-01T18:00:00Z" },
    "guessed-secret",
  );
  show(
    "forged",
    await listReadingsPage(db, table, { deviceId: device, pageSize: 5, cursorSecret, cursor: forged }).catch(
      refusal,
    ),
  );
  const garage = await listReadingsPage(db, table, { deviceId: "thermo-garage", pageSize: 1, cursorSecret });
  show(
    "garage cursor used for the kitchen",
    await listReadingsPage(db, table, {
      deviceId: device,
      pageSize: 5,
      cursorSecret,
      cursor: garage.nextCursor,
    }).catch(refusal),
  );

  step("FilterExpression temperature > 25: 6 readings read and billed, 2 returned");
  const { scannedCount, count, capacityUnits } = await hotReadings(db, table, device, "2026-03-01", 25);
  show("read and billed, returned, read units", { scannedCount, count, capacityUnits });

  step("ProjectionExpression: only the time and temperature come back; the bill is the same");
  await temperatureSeries(db, table, device, "2026-03-02");

  step('Select "COUNT": how many readings on March 1st, without the items');
  show("count", await countReadingsOnDay(db, table, device, "2026-03-01"));
} finally {
  connection.documentClient.middlewareStack.remove("narrateRequests");
  await dropModelTables(connection, entry.model);
  await connection.close();
}
