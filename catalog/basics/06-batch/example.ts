// Runs the batch patterns step by step: `npx tsx catalog/basics/06-batch/example.ts`.
// In process by default; set DYNAMODB_ENDPOINT to use a server (see HOW_TO_RUN.md).
import { GetCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import {
  connect,
  createModelTables,
  dropModelTables,
  seedModel,
} from "../../../src/catalog/runtime/connect.js";
import { show, step } from "../../../src/catalog/runtime/narrate.js";
import { bookKey, deleteBooks, getBooks, importBooks, type Book } from "./books.js";
import { entry } from "./entry.js";

/**
 * Shows each request as sent and each answer as received (document form), asking every request
 * for its consumed capacity. A batch of more than a few items is summarised as counts per table,
 * so a 25-item request stays one readable line.
 */
function narrateRequests(client: DynamoDBDocumentClient): void {
  type Args = { input: Record<string, unknown> };
  type Next = (args: Args) => Promise<{ output: Record<string, unknown> }>;
  const middleware = (next: Next, context: { commandName?: string }) => async (args: Args) => {
    args.input.ReturnConsumedCapacity ??= "TOTAL";
    show(`→ ${String(context.commandName).replace(/Command$/, "")}`, summarise(args.input));
    const result = await next(args);
    show("←", summarise(result.output));
    return result;
  };
  client.middlewareStack.add(middleware as never, { step: "initialize", name: "narrateRequests" });
}

const SUMMARISED = ["RequestItems", "Responses", "UnprocessedItems", "UnprocessedKeys"];

function summarise(message: Record<string, unknown>): Record<string, unknown> {
  const summary: Record<string, unknown> = { ...message };
  for (const member of SUMMARISED) {
    const perTable = message[member] as Record<string, unknown[] | { Keys: unknown[] }> | undefined;
    if (!perTable) continue;
    const counts = Object.entries(perTable).map(([table, work]) => {
      const entries = Array.isArray(work) ? work : work.Keys;
      return [
        table,
        entries.length <= 3 ? work : `${entries.length} ${Array.isArray(work) ? "entries" : "keys"}`,
      ];
    });
    summary[member] = Object.fromEntries(counts);
  }
  return summary;
}

const generatedBooks = (count: number): Book[] =>
  Array.from({ length: count }, (_, i) => ({
    isbn: `979-${String(i).padStart(6, "0")}`,
    title: `Volume ${i}`,
    author: "Anon",
    price: 10 + (i % 7),
  }));

const connection = await connect();
try {
  await createModelTables(connection, entry.model);
  const seeded = await seedModel(connection, entry.model);
  const client = connection.documentClient;
  const table = connection.tableName("Bookshop");
  show("seeded example items", seeded);
  narrateRequests(client);

  const basket = ["978-1449373320", "978-0000000000", "978-0134685991"];
  step("A basket of three ISBNs in one BatchGetItem: found books in basket order, the unknown one listed");
  show("result", await getBooks(client, table, basket));

  step("The same reads as a loop of GetItem: the same read units, three round trips instead of one");
  for (const isbn of basket) await client.send(new GetCommand({ TableName: table, Key: bookKey(isbn) }));

  step("Import 60 books: BatchWriteItem in chunks of 25, 25 and 10");
  const books = generatedBooks(60);
  show("result", await importBooks(client, table, books));

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

  client.middlewareStack.remove("narrateRequests");
  step("DynamoDB hands work back: 30% of each batch left unprocessed (the in-process engine's fault switch)");
  const flaky = await connect({ engineOptions: { faults: { unprocessedFraction: 0.3, seed: 7 } }, env: {} });
  try {
    await createModelTables(flaky, entry.model);
    const flakyTable = flaky.tableName("Bookshop");
    const onRetry = (retry: { attempt: number; pending: number; delayMs: number }) =>
      show(`retry ${retry.attempt}`, `${retry.pending} unprocessed, waiting ${retry.delayMs} ms`);
    show("import 60 books", await importBooks(flaky.documentClient, flakyTable, books, { onRetry }));
    const isbns = books.map((book) => book.isbn);
    const readBack = await getBooks(flaky.documentClient, flakyTable, isbns, { onRetry });
    show("read back", { books: readBack.books.length, missing: readBack.missing.length });
  } finally {
    await dropModelTables(flaky, entry.model);
    await flaky.close();
  }
} finally {
  connection.documentClient.middlewareStack.remove("narrateRequests");
  await dropModelTables(connection, entry.model);
  await connection.close();
}
