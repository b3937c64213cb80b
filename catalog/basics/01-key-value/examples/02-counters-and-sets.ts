/**
 * ADD and DELETE in UpdateItem: an atomic counter, a guarded balance, and a string set.
 * ADD increments on the server, so concurrent logins all count, and UPDATED_NEW returns only the
 * changed attributes; a SET with a ConditionExpression spends credits and refuses to take the
 * balance below zero, however many requests race; ADD merges elements into a string set and
 * DELETE takes them out, removing the attribute when the set empties. Run it with
 * `npx tsx catalog/basics/01-key-value/examples/02-counters-and-sets.ts` (in process by default;
 * set DYNAMODB_ENDPOINT to use a server, see HOW_TO_RUN.md).
 */
import { runExample } from "../../../../src/catalog/runtime/run-example.js";
import { show, step } from "../../../../src/catalog/runtime/narrate.js";
import { entry } from "../entry.js";
import { addTags, createUser, recordLogin, removeTags, spendCredits } from "../users.js";
import { narrateRequests } from "../../../../src/catalog/runtime/narrate-requests.js";

await runExample(entry.model, async (connection, seeded) => {
  const db = connection.documentClient;
  const users = connection.tableName("Users");
  narrateRequests(db);
  show("seeded example items", seeded);

  step("Register Linus with 10 credits, no logins yet and no tags");
  show(
    "result",
    await createUser(db, users, {
      userId: "u-linus",
      email: "linus@example.com",
      displayName: "Linus",
      plan: "free",
      credits: 10,
      loginCount: 0,
      createdAt: "2026-03-02T12:00:00Z",
    }),
  );

  step("Count a login: ADD on a number is an atomic counter, UPDATED_NEW returns only what changed");
  show("result", await recordLogin(db, users, "u-linus", "2026-03-02T12:05:00Z"));

  step("Spend 7 of 10 credits, then try 7 more: the condition keeps the balance at or above zero");
  show("balance", await spendCredits(db, users, "u-linus", 7));
  show("refused", await spendCredits(db, users, "u-linus", 7).catch((error: Error) => error.message));

  step("Tags as a string set: ADD merges, DELETE takes out; the last DELETE removes the attribute");
  show("after ADD", await addTags(db, users, "u-linus", ["trial", "mobile"]));
  show("after DELETE", await removeTags(db, users, "u-linus", ["trial", "mobile"]));
});
