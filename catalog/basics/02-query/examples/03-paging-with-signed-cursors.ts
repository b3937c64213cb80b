/**
 * Paging for an API: LastEvaluatedKey handed to clients as a signed, opaque cursor.
 * Each page is one Query with Limit; its LastEvaluatedKey becomes the next request's
 * ExclusiveStartKey, wrapped in a cursor signed with a server-side secret so that clients can
 * neither alter it nor make one up. A page may end exactly on the last item and still carry a
 * cursor (the end is known only when a page comes back without one), and a forged cursor or a
 * cursor issued for another device is refused. Run it with
 * `npx tsx catalog/basics/02-query/examples/03-paging-with-signed-cursors.ts` (in process by
 * default; set DYNAMODB_ENDPOINT to use a server, see HOW_TO_RUN.md).
 */
import { randomBytes } from "node:crypto";
import { runExample } from "../../../../src/catalog/runtime/run-example.js";
import { show, step } from "../../../../src/catalog/runtime/narrate.js";
import { encodeCursor } from "../cursor.js";
import { entry } from "../entry.js";
import { listReadingsPage } from "../readings.js";
import { narrateRequests } from "../../../../src/catalog/runtime/narrate-requests.js";

await runExample(entry.model, async (connection, seeded) => {
  const db = connection.documentClient;
  const table = connection.tableName("DeviceReadings");
  const device = "thermo-kitchen";
  narrateRequests(db);
  show("seeded example readings", seeded);

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
});
