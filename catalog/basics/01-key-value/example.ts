// Runs the key-value patterns step by step: `npx tsx catalog/basics/01-key-value/example.ts`.
// In process by default; set DYNAMODB_ENDPOINT to use a server (see HOW_TO_RUN.md).
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import {
  connect,
  createModelTables,
  dropModelTables,
  seedModel,
} from "../../../src/catalog/runtime/connect.js";
import { show, step } from "../../../src/catalog/runtime/narrate.js";
import { entry } from "./entry.js";
import { getSettings, listSettings, saveSetting } from "./user-settings.js";
import {
  addTags,
  createUser,
  deleteUser,
  getUser,
  recordLogin,
  removeTags,
  spendCredits,
  updateAddress,
  updateContact,
  type User,
} from "./users.js";

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
  const users = connection.tableName("Users");
  const settings = connection.tableName("UserSettings");
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

  step("Count a login: ADD on a number is an atomic counter, UPDATED_NEW returns only what changed");
  show("result", await recordLogin(db, users, "u-linus", "2026-03-02T12:05:00Z"));

  step("Spend 7 of 10 credits, then try 7 more: the condition keeps the balance at or above zero");
  show("balance", await spendCredits(db, users, "u-linus", 7));
  show("refused", await spendCredits(db, users, "u-linus", 7).catch((error: Error) => error.message));

  step("Move Ada to Cambridge: SET on nested paths, UPDATED_OLD returns the previous values");
  show("previous", await updateAddress(db, users, "u-ada", { city: "Cambridge", postcode: "CB2 1TN" }));

  step("Patch contact fields: SET the email, REMOVE the phone, ALL_NEW returns the whole item");
  await updateContact(db, users, "u-ada", { email: "ada@lovelace.example", phone: null });

  step("Tags as a string set: ADD merges, DELETE takes out; the last DELETE removes the attribute");
  show("after ADD", await addTags(db, users, "u-linus", ["trial", "mobile"]));
  show("after DELETE", await removeTags(db, users, "u-linus", ["trial", "mobile"]));

  step("Composite key: change one setting inside a group, then read the user's whole collection");
  await saveSetting(db, settings, {
    userId: "u-ada",
    group: "notifications",
    name: "push",
    value: true,
    at: "2026-03-04T10:00:00Z",
  });
  await getSettings(db, settings, "u-ada", "notifications");
  await listSettings(db, settings, "u-ada");

  step("Delete a user: ALL_OLD returns the item as it was; a second delete finds nothing");
  await deleteUser(db, users, "u-grace");
  show("second delete returns", (await deleteUser(db, users, "u-grace")) ?? "nothing");
} finally {
  connection.documentClient.middlewareStack.remove("narrateRequests");
  await dropModelTables(connection, entry.model);
  await connection.close();
}
