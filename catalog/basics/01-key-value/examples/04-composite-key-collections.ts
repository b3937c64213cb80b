/**
 * A composite primary key: many items per user, one addressed by both key parts, all by one Query.
 * The UserSettings table keys each group of a user's settings by `userId` (partition) and `group`
 * (sort): an update changes one value inside one group's map and leaves the others untouched
 * (the first value of a new group creates the map instead), GetItem needs both key parts to
 * address one group, and a single Query on the partition key returns the user's whole item
 * collection sorted by group name. Run it with
 * `npx tsx catalog/basics/01-key-value/examples/04-composite-key-collections.ts` (in process by
 * default; set DYNAMODB_ENDPOINT to use a server, see HOW_TO_RUN.md).
 */
import { runExample } from "../../../../src/catalog/runtime/run-example.js";
import { show, step } from "../../../../src/catalog/runtime/narrate.js";
import { entry } from "../entry.js";
import { getSettings, listSettings, saveSetting } from "../user-settings.js";
import { narrateRequests } from "../../../../src/catalog/runtime/narrate-requests.js";

await runExample(entry.model, async (connection, seeded) => {
  const db = connection.documentClient;
  const settings = connection.tableName("UserSettings");
  narrateRequests(db);
  show("seeded example items", seeded);

  step("Change one setting inside a group: SET on one key of the group's values map");
  await saveSetting(db, settings, {
    userId: "u-ada",
    group: "notifications",
    name: "push",
    value: true,
    at: "2026-03-04T10:00:00Z",
  });

  step("First setting of a new group: the nested SET fails its condition, the map is created instead");
  await saveSetting(db, settings, {
    userId: "u-ada",
    group: "privacy",
    name: "profileVisible",
    value: true,
    at: "2026-03-04T10:05:00Z",
  });

  step("Read one group: GetItem with both parts of the composite key");
  await getSettings(db, settings, "u-ada", "notifications");

  step("Read the user's whole collection: one Query on the partition key, sorted by group");
  await listSettings(db, settings, "u-ada");
});
