/**
 * BatchWriteItem with chunking: 60 books imported 25 puts per request, in chunks of 25, 25 and 10.
 * One BatchWriteItem accepts at most 25 writes, so the import splits the catalogue file into
 * chunks and sends them one after another, retrying whatever DynamoDB hands back; reading the
 * books back with one BatchGetItem (up to 100 keys) confirms every one of them landed. Runs in process by default; set
 * DYNAMODB_ENDPOINT to use a server (see HOW_TO_RUN.md).
 */
import { runExample } from "../../../../src/catalog/runtime/run-example.js";
import { show, step } from "../../../../src/catalog/runtime/narrate.js";
import { getBooks, importBooks } from "../books.js";
import { entry } from "../entry.js";
import { narrateRequests } from "../../../../src/catalog/runtime/narrate-requests.js";
import { generatedBooks } from "../generated-books.js";

await runExample(entry.model, async (connection, seeded) => {
  show("seeded example items", seeded);
  const client = connection.documentClient;
  const table = connection.tableName("Bookshop");
  narrateRequests(client);

  step("Import 60 books: BatchWriteItem in chunks of 25, 25 and 10");
  const books = generatedBooks(60);
  show("result", await importBooks(client, table, books));

  step("Read them back: one BatchGetItem takes up to 100 keys");
  const readBack = await getBooks(
    client,
    table,
    books.map((book) => book.isbn),
  );
  show("read back", { books: readBack.books.length, missing: readBack.missing.length });
});
