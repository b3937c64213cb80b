/**
 * Retrying UnprocessedItems and UnprocessedKeys with exponential backoff and jitter, on an engine that hands work back.
 * DynamoDB may process only part of a batch and return the rest; the import and the read-back
 * send what came back again after a growing, jittered pause until nothing is left.
 *
 * @inProcessOnly its engine's fault switch leaves 30% of each batch unprocessed (seeded, so every
 * run leaves the same requests unprocessed), and no server can be told to do that on demand.
 */
import { runExample } from "../../../../src/catalog/runtime/run-example.js";
import { show, step } from "../../../../src/catalog/runtime/narrate.js";
import { getBooks, importBooks } from "../books.js";
import { entry } from "../entry.js";
import { generatedBooks } from "../generated-books.js";

await runExample(
  entry.model,
  async (flaky, seeded) => {
    show("seeded example items", seeded);
    const client = flaky.documentClient;
    const table = flaky.tableName("Bookshop");
    const books = generatedBooks(60);
    const onRetry = (retry: { attempt: number; pending: number; delayMs: number }) =>
      show(`retry ${retry.attempt}`, `${retry.pending} unprocessed, waiting ${retry.delayMs} ms`);

    step(
      "DynamoDB hands work back: 30% of each batch left unprocessed (the in-process engine's fault switch)",
    );
    show("import 60 books", await importBooks(client, table, books, { onRetry }));

    step("Read all 60 back: UnprocessedKeys retried the same way");
    const readBack = await getBooks(
      client,
      table,
      books.map((book) => book.isbn),
      { onRetry },
    );
    show("read back", { books: readBack.books.length, missing: readBack.missing.length });
  },
  { engineOptions: { faults: { unprocessedFraction: 0.3, seed: 7 } }, env: {} },
);
