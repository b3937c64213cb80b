/**
 * Batch writes have no conditions: an import replaces an existing book silently, and deleting an absent key is not an error.
 * BatchWriteItem takes neither a ConditionExpression nor ReturnValues, so a put of an ISBN that
 * is already stored overwrites it without a word, and a delete of an ISBN that never existed
 * succeeds like any other. Where a write must refuse, use a conditional PutItem or a
 * transaction instead. Runs in process by default; set DYNAMODB_ENDPOINT to use a server (see
 * HOW_TO_RUN.md).
 */
import { runExample } from "../../../../src/catalog/runtime/run-example.js";
import { show, step } from "../../../../src/catalog/runtime/narrate.js";
import { deleteBooks, getBooks, importBooks } from "../books.js";
import { entry } from "../entry.js";
import { narrateRequests } from "../../../../src/catalog/runtime/narrate-requests.js";

await runExample(entry.model, async (connection, seeded) => {
  show("seeded example items", seeded);
  const client = connection.documentClient;
  const table = connection.tableName("Bookshop");
  narrateRequests(client);

  step("A batch write has no condition: importing an existing ISBN replaces the book silently");
  const revised = {
    isbn: "978-0134685991",
    title: "Effective Java, 3rd edition",
    author: "Joshua Bloch",
    price: 48,
  };
  show("result", await importBooks(client, table, [revised]));
  show("stored now", (await getBooks(client, table, [revised.isbn])).books);

  step("Withdraw two books and one that never existed: deletes of absent keys are not errors");
  show("result", await deleteBooks(client, table, ["978-0201633610", "978-0132350884", "978-0000000000"]));
});
