import { BatchWriteCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { forEachBackend } from "../../../src/catalog/testing/backends.js";
import { BatchIncompleteError } from "./backoff.js";
import { bookKey, deleteBooks, getBooks, importBooks, writeAll, type Book } from "./books.js";
import { model } from "./entry.js";
import { openInProcess, type SeededTables } from "../../../src/catalog/testing/in-process.js";

const noWait = { sleep: async () => {} };
const generatedBooks = (count: number): Book[] =>
  Array.from({ length: count }, (_, i) => ({
    isbn: `979-${String(i).padStart(6, "0")}`,
    title: `Volume ${i}`,
    author: "Anon",
    price: 10 + (i % 7),
  }));

forEachBackend(model, (backend) => {
  let documentClient: DynamoDBDocumentClient;
  let tableName: string;
  beforeEach(() => {
    documentClient = backend.documentClient;
    tableName = backend.tableName("Bookshop");
  });
  describe("getBooks", () => {
    it("returns the books in the order asked for and lists the ISBNs not found", async () => {
      const result = await getBooks(documentClient, tableName, [
        "978-1449373320",
        "978-0000000000",
        "978-0134685991",
      ]);
      expect(result).toEqual({
        books: [
          {
            isbn: "978-1449373320",
            title: "Designing Data-Intensive Applications",
            author: "Martin Kleppmann",
            price: 50,
          },
          { isbn: "978-0134685991", title: "Effective Java", author: "Joshua Bloch", price: 45 },
        ],
        missing: ["978-0000000000"],
      });
    });

    it("asks for a repeated ISBN once instead of having the request refused", async () => {
      const result = await getBooks(documentClient, tableName, ["978-0132350884", "978-0132350884"]);
      expect(result.books.map((book) => book.title)).toEqual(["Clean Code"]);
    });

    it("reads more than 100 books in chunks, every one in request order", async () => {
      const books = generatedBooks(230);
      await importBooks(documentClient, tableName, books);
      const wanted = books.map((book) => book.isbn).reverse();
      const result = await getBooks(documentClient, tableName, wanted);
      expect(result.books.map((book) => book.isbn)).toEqual(wanted);
      expect(result.missing).toEqual([]);
    });
  });

  describe("importBooks and deleteBooks", () => {
    it("writes more than 25 books in chunks of 25", async () => {
      const books = generatedBooks(60);
      expect(await importBooks(documentClient, tableName, books)).toEqual({ written: 60, retries: 0 });
      const result = await getBooks(
        documentClient,
        tableName,
        books.map((book) => book.isbn),
      );
      expect(result.books).toEqual(books);
    });

    it("keeps the last of two entries for one ISBN", async () => {
      const [first] = generatedBooks(1);
      const revised = { ...first!, price: 99 };
      expect(await importBooks(documentClient, tableName, [first!, revised])).toEqual({
        written: 1,
        retries: 0,
      });
      expect((await getBooks(documentClient, tableName, [first!.isbn])).books).toEqual([revised]);
    });

    it("overwrites an existing book without asking: a batch write carries no condition", async () => {
      const replacement = {
        isbn: "978-0134685991",
        title: "Effective Java, 3rd ed.",
        author: "J. Bloch",
        price: 48,
      };
      await importBooks(documentClient, tableName, [replacement]);
      expect((await getBooks(documentClient, tableName, [replacement.isbn])).books).toEqual([replacement]);
    });

    it("deletes present and absent books alike", async () => {
      expect(
        await deleteBooks(documentClient, tableName, ["978-0201633610", "978-0132350884", "978-0000000000"]),
      ).toEqual({ written: 3, retries: 0 });
      const result = await getBooks(documentClient, tableName, [
        "978-0201633610",
        "978-0132350884",
        "978-0134685991",
      ]);
      expect(result.books.map((book) => book.isbn)).toEqual(["978-0134685991"]);
      expect(result.missing).toEqual(["978-0201633610", "978-0132350884"]);
    });

    it("shows why chunking matters: 26 writes in one request are refused as a whole", async () => {
      const requests = generatedBooks(26).map((book) => ({
        PutRequest: { Item: { ...bookKey(book.isbn), ...book } },
      }));
      const oversized = documentClient.send(
        new BatchWriteCommand({ RequestItems: { [tableName]: requests } }),
      );
      await expect(oversized).rejects.toMatchObject({ name: "ValidationException" });
      expect(await writeAll(documentClient, tableName, requests)).toEqual({ written: 26, retries: 0 });
    });
  });
});

// The fault switch is the engine's own, so these run in process (`env: {}`) even when the rest of
// the file runs against an endpoint.
describe("with DynamoDB handing work back (the engine's unprocessed switch)", () => {
  let flaky: SeededTables;
  let flakyTable: string;

  beforeEach(async () => {
    flaky = await openInProcess(model, { faults: { unprocessedFraction: 0.3, seed: 7 } });
    flakyTable = flaky.tableName("Bookshop");
  });
  afterEach(async () => flaky.close());

  it("retries unprocessed writes and reads until every book is stored and read back", async () => {
    const books = generatedBooks(260);
    const delays: number[] = [];
    const policy = { ...noWait, onRetry: ({ delayMs }: { delayMs: number }) => void delays.push(delayMs) };
    const imported = await importBooks(flaky.documentClient, flakyTable, books, policy);
    expect(imported.written).toBe(260);
    expect(imported.retries).toBeGreaterThan(0);
    expect(imported.retries).toBe(delays.length);

    const readRetries: number[] = [];
    const result = await getBooks(
      flaky.documentClient,
      flakyTable,
      books.map((book) => book.isbn),
      { ...noWait, onRetry: ({ pending }) => void readRetries.push(pending) },
    );
    expect(readRetries.length).toBeGreaterThan(0);
    expect(result.books).toEqual(books);
    expect(result.missing).toEqual([]);
  });

  it("waits a growing, jittered time between retries of one chunk", async () => {
    const retries: { attempt: number; delayMs: number }[] = [];
    await importBooks(flaky.documentClient, flakyTable, generatedBooks(25), {
      ...noWait,
      random: () => 0.999999,
      onRetry: ({ attempt, delayMs }) => void retries.push({ attempt, delayMs }),
    });
    expect(retries.length).toBeGreaterThan(0);
    for (const { attempt, delayMs } of retries)
      expect(delayMs).toBe(Math.floor(0.999999 * 50 * 2 ** (attempt - 1)));
  });

  it("gives up after the last attempt with the unprocessed work in the error", async () => {
    const stuck = await openInProcess(model, { faults: { unprocessedFraction: 1 } }, { seed: false });
    try {
      const name = stuck.tableName("Bookshop");
      const books = generatedBooks(3);
      const failure = await importBooks(stuck.documentClient, name, books, {
        ...noWait,
        maxAttempts: 3,
      }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(BatchIncompleteError);
      expect((failure as BatchIncompleteError<unknown>).message).toBe(
        "3 batch request(s) still unprocessed after 3 attempts",
      );
      expect((failure as BatchIncompleteError<unknown>).pending).toEqual(
        books.map((book) => ({ PutRequest: { Item: { ...bookKey(book.isbn), ...book } } })),
      );

      const read = await getBooks(stuck.documentClient, name, ["978-0134685991"], {
        ...noWait,
        maxAttempts: 2,
      }).catch((error: unknown) => error);
      expect(read).toBeInstanceOf(BatchIncompleteError);
      expect((read as BatchIncompleteError<unknown>).pending).toEqual([bookKey("978-0134685991")]);
    } finally {
      await stuck.close();
    }
  });
});
