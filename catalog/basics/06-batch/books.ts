import {
  BatchGetCommand,
  BatchWriteCommand,
  type BatchWriteCommandInput,
  type DynamoDBDocumentClient,
} from "@aws-sdk/lib-dynamodb";
import {
  BatchIncompleteError,
  DEFAULT_RETRY_POLICY,
  backoffDelay,
  chunk,
  type RetryPolicy,
} from "./backoff.js";

export interface Book {
  isbn: string;
  title: string;
  author: string;
  price: number;
}

export function bookKey(isbn: string): { PK: string; SK: string } {
  return { PK: `BOOK#${isbn}`, SK: "BOOK" };
}

function toBook(stored: Record<string, unknown>): Book {
  const { isbn, title, author, price } = stored as unknown as Book;
  return { isbn, title, author, price };
}

/** The most keys one BatchGetItem accepts, and the most writes one BatchWriteItem accepts. */
export const MAX_BATCH_GET_KEYS = 100;
export const MAX_BATCH_WRITES = 25;

// #region getBooks
/**
 * Reads any number of books by ISBN: 100 keys per BatchGetItem, and whatever DynamoDB hands back
 * in UnprocessedKeys is asked for again after a jittered, growing pause. Responses come back in no
 * particular order, so the result is put back in the order asked for.
 */
export async function getBooks(
  client: DynamoDBDocumentClient,
  tableName: string,
  isbns: readonly string[],
  policy: Partial<RetryPolicy> = {},
): Promise<{ books: Book[]; missing: string[] }> {
  const retry = { ...DEFAULT_RETRY_POLICY, ...policy };
  // The same key twice in one request is a ValidationException, not a second copy.
  const unique = [...new Set(isbns)];
  const found = new Map<string, Book>();
  for (const isbnChunk of chunk(unique, MAX_BATCH_GET_KEYS)) {
    let keys: Record<string, unknown>[] = isbnChunk.map(bookKey);
    for (let attempt = 1; ; attempt++) {
      const { Responses, UnprocessedKeys } = await client.send(
        new BatchGetCommand({ RequestItems: { [tableName]: { Keys: keys } } }),
      );
      for (const item of Responses?.[tableName] ?? []) found.set(String(item.isbn), toBook(item));
      keys = UnprocessedKeys?.[tableName]?.Keys ?? [];
      if (keys.length === 0) break;
      if (attempt >= retry.maxAttempts) throw new BatchIncompleteError(keys, attempt);
      const delayMs = backoffDelay(attempt, retry);
      retry.onRetry?.({ attempt, pending: keys.length, delayMs });
      await retry.sleep(delayMs);
    }
  }
  return {
    books: unique.flatMap((isbn) => found.get(isbn) ?? []),
    missing: unique.filter((isbn) => !found.has(isbn)),
  };
}
// #endregion getBooks

type WriteRequest = NonNullable<BatchWriteCommandInput["RequestItems"]>[string][number];

// #region writeAll
/**
 * Sends any number of puts and deletes to one table, 25 per BatchWriteItem, retrying
 * UnprocessedItems with backoff. Each write succeeds or fails on its own: there is no condition
 * and no atomicity, so a crash half-way leaves the earlier chunks written.
 */
export async function writeAll(
  client: DynamoDBDocumentClient,
  tableName: string,
  requests: readonly WriteRequest[],
  policy: Partial<RetryPolicy> = {},
): Promise<{ written: number; retries: number }> {
  const retry = { ...DEFAULT_RETRY_POLICY, ...policy };
  let retries = 0;
  for (const requestChunk of chunk(requests, MAX_BATCH_WRITES)) {
    let pending: WriteRequest[] = requestChunk;
    for (let attempt = 1; ; attempt++) {
      const { UnprocessedItems } = await client.send(
        new BatchWriteCommand({ RequestItems: { [tableName]: pending } }),
      );
      pending = UnprocessedItems?.[tableName] ?? [];
      if (pending.length === 0) break;
      if (attempt >= retry.maxAttempts) throw new BatchIncompleteError(pending, attempt);
      const delayMs = backoffDelay(attempt, retry);
      retry.onRetry?.({ attempt, pending: pending.length, delayMs });
      retries++;
      await retry.sleep(delayMs);
    }
  }
  return { written: requests.length, retries };
}
// #endregion writeAll

// #region importBooks
/**
 * Loads a catalogue file: a put per book, last one wins when an ISBN appears twice (two writes of
 * one key in the same BatchWriteItem are refused as a whole). Existing books are replaced.
 */
export async function importBooks(
  client: DynamoDBDocumentClient,
  tableName: string,
  books: readonly Book[],
  policy: Partial<RetryPolicy> = {},
): Promise<{ written: number; retries: number }> {
  const latest = new Map(books.map((book) => [book.isbn, book]));
  const requests = [...latest.values()].map((book) => ({
    PutRequest: { Item: { ...bookKey(book.isbn), ...book } },
  }));
  return writeAll(client, tableName, requests, policy);
}
// #endregion importBooks

// #region deleteBooks
/** Removes books by ISBN; deleting a book that is not there is not an error. */
export async function deleteBooks(
  client: DynamoDBDocumentClient,
  tableName: string,
  isbns: readonly string[],
  policy: Partial<RetryPolicy> = {},
): Promise<{ written: number; retries: number }> {
  const requests = [...new Set(isbns)].map((isbn) => ({ DeleteRequest: { Key: bookKey(isbn) } }));
  return writeAll(client, tableName, requests, policy);
}
// #endregion deleteBooks
