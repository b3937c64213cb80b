/**
 * SET and REMOVE in UpdateItem: nested document paths and PATCH-style partial updates.
 * SET on `address.city` and `address.postcode` changes two fields of a map without rewriting the
 * rest, and UPDATED_OLD returns just their previous values, for an audit trail; a contact patch
 * built from the change SETs the fields given, REMOVEs those given as null and leaves the others
 * alone, and ALL_NEW returns the whole item as it now is. Run it with
 * `npx tsx catalog/basics/01-key-value/examples/03-nested-paths-and-patches.ts` (in process by
 * default; set DYNAMODB_ENDPOINT to use a server, see HOW_TO_RUN.md).
 */
import { runExample } from "../../../../src/catalog/runtime/run-example.js";
import { show, step } from "../../../../src/catalog/runtime/narrate.js";
import { entry } from "../entry.js";
import { updateAddress, updateContact } from "../users.js";
import { narrateRequests } from "../../../../src/catalog/runtime/narrate-requests.js";

await runExample(entry.model, async (connection, seeded) => {
  const db = connection.documentClient;
  const users = connection.tableName("Users");
  narrateRequests(db);
  show("seeded example items", seeded);

  step("Move Ada to Cambridge: SET on nested paths, UPDATED_OLD returns the previous values");
  show("previous", await updateAddress(db, users, "u-ada", { city: "Cambridge", postcode: "CB2 1TN" }));

  step("Patch contact fields: SET the email, REMOVE the phone, ALL_NEW returns the whole item");
  await updateContact(db, users, "u-ada", { email: "ada@lovelace.example", phone: null });
});
