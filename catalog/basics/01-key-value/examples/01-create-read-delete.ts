/**
 * A user's lifecycle on a simple primary key: conditional create, two kinds of read, delete.
 * PutItem guarded by attribute_not_exists refuses a second registration of the same id and hands
 * back the profile that blocked it; GetItem costs 0.5 RCU eventually consistent and 1 RCU
 * strongly consistent; DeleteItem with ALL_OLD returns the item as it was, and deleting it again
 * finds nothing without failing, so retries are safe. Run it with
 * `npx tsx catalog/basics/01-key-value/examples/01-create-read-delete.ts` (in process by default;
 * set DYNAMODB_ENDPOINT to use a server, see HOW_TO_RUN.md).
 */
import { runExample } from "../../../../src/catalog/runtime/run-example.js";
import { show, step } from "../../../../src/catalog/runtime/narrate.js";
import { entry } from "../entry.js";
import { createUser, deleteUser, getUser, type User } from "../users.js";
import { narrateRequests } from "../../../../src/catalog/runtime/narrate-requests.js";

await runExample(entry.model, async (connection, seeded) => {
  const db = connection.documentClient;
  const users = connection.tableName("Users");
  narrateRequests(db);
  show("seeded example items", seeded);

  const linus: User = {
    userId: "u-linus",
    email: "linus@example.com",
    displayName: "Linus",
    plan: "free",
    credits: 10,
    loginCount: 0,
    createdAt: "2026-03-02T12:00:00Z",
  };

  step("Register a new user: PutItem guarded by attribute_not_exists(userId)");
  show("result", await createUser(db, users, linus));

  step("Register the same id again: refused, and the existing profile comes back");
  show("result", await createUser(db, users, { ...linus, displayName: "Impostor" }));

  step("Read a profile: eventually consistent (0.5 RCU), then strongly consistent (1 RCU)");
  await getUser(db, users, "u-ada");
  await getUser(db, users, "u-ada", { consistent: true });

  step("Delete a user: ALL_OLD returns the item as it was; a second delete finds nothing");
  await deleteUser(db, users, "u-grace");
  show("second delete returns", (await deleteUser(db, users, "u-grace")) ?? "nothing");
});
