import type { CatalogEntry } from "../../../src/catalog/entry.js";
import type { DataModel } from "../../../src/modeling/model.js";

export const model: DataModel = {
  tables: [
    {
      name: "Bookshop",
      partitionKey: { name: "PK", type: "S" },
      sortKey: { name: "SK", type: "S" },
      billing: { mode: "PAY_PER_REQUEST" },
    },
  ],
  entities: [
    {
      name: "Book",
      description: "One title in the shop's catalogue, addressed by ISBN.",
      table: "Bookshop",
      keys: { PK: "BOOK#{isbn}", SK: "BOOK" },
      attributes: {
        isbn: { kind: "string", required: true },
        title: { kind: "string", required: true },
        author: { kind: "string", required: true },
        price: { kind: "number", required: true },
      },
      examples: [
        { isbn: "978-0134685991", title: "Effective Java", author: "Joshua Bloch", price: 45 },
        {
          isbn: "978-1449373320",
          title: "Designing Data-Intensive Applications",
          author: "Martin Kleppmann",
          price: 50,
        },
        { isbn: "978-0262033848", title: "Introduction to Algorithms", author: "Cormen et al.", price: 95 },
        { isbn: "978-0201633610", title: "Design Patterns", author: "Gamma et al.", price: 55 },
        { isbn: "978-0132350884", title: "Clean Code", author: "Robert C. Martin", price: 40 },
      ],
    },
  ],
  accessPatterns: [
    {
      id: "getBooks",
      name: "Show the books in a basket (many books by ISBN at once)",
      operation: "BatchGetItem",
      table: "Bookshop",
      entities: ["Book"],
      key: { partition: "BOOK#{isbn}", sort: { operator: "=", value: "BOOK" } },
      parameters: { isbns: "978-1449373320,978-0134685991,978-0000000000" },
      notes: "100 keys per request; UnprocessedKeys retried with backoff; results put back in request order.",
    },
    {
      id: "importBooks",
      name: "Load a catalogue file of books",
      operation: "BatchWriteItem",
      table: "Bookshop",
      entities: ["Book"],
      key: { partition: "BOOK#{isbn}", sort: { operator: "=", value: "BOOK" } },
      notes: "25 puts per request; UnprocessedItems retried with backoff; unconditional, so it overwrites.",
    },
    {
      id: "deleteBooks",
      name: "Withdraw many books at once",
      operation: "BatchWriteItem",
      table: "Bookshop",
      entities: ["Book"],
      key: { partition: "BOOK#{isbn}", sort: { operator: "=", value: "BOOK" } },
      parameters: { isbns: "978-0201633610,978-0132350884" },
      notes: "25 deletes per request; deleting an absent book is not an error.",
    },
  ],
};

export const entry: CatalogEntry = {
  id: "06-batch",
  section: "basics",
  title: "Batch operations",
  summary:
    "BatchGetItem and BatchWriteItem in chunks of 100 and 25, retrying unprocessed work with exponential backoff and jitter, and when a batch beats a loop.",
  problem: [
    "A basket page needs 40 books by ISBN; a nightly job loads 10,000 books from a supplier's file. One",
    "GetItem or PutItem per book means one network round trip per book: 40 round trips of a few",
    "milliseconds each before the page can render, and a load job that spends its time waiting. In SQL",
    "this is `WHERE isbn IN (...)` and a multi-row INSERT. DynamoDB's equivalents are BatchGetItem (up to",
    "100 keys) and BatchWriteItem (up to 25 puts or deletes), with one catch SQL does not have: DynamoDB",
    "may do only part of a batch and hand the rest back, and the caller must send it again.",
  ].join(" "),
  model,
  codeExamples: [
    {
      title: "Many reads: chunks of 100, unprocessed keys retried",
      file: "books.ts",
      region: "getBooks",
      description:
        "The result is re-ordered to match the request: BatchGetItem returns items in no particular order.",
    },
    {
      title: "Many writes: chunks of 25, unprocessed items retried",
      file: "books.ts",
      region: "writeAll",
    },
    {
      title: "Exponential backoff with full jitter",
      file: "backoff.ts",
      region: "backoffDelay",
    },
    {
      title: "A bulk load",
      file: "books.ts",
      region: "importBooks",
      description:
        "Duplicate keys are collapsed first: two writes of one key in a single request refuse the whole request.",
    },
    { title: "A bulk delete", file: "books.ts", region: "deleteBooks" },
  ],
  rationale: [
    "**What it optimises.** Round trips, not capacity. A BatchGetItem of 100 keys is one request instead",
    "of 100, and DynamoDB reads the items in parallel across partitions; a BatchWriteItem of 25 puts",
    "replaces 25 requests. The capacity is exactly what the single operations would cost, because each",
    "item is charged on its own: reading 5 books of under 4 KB costs 2.5 RCU eventually consistent (5 × 0.5)",
    "or 5 RCU strongly consistent, in one batch or in five GetItems; writing them costs 5 WCU either way.",
    "Small items do not pool: 100 items of 100 bytes are 100 × 0.5 RCU, not one 10 KB read.",
    "",
    "**Unprocessed work is normal.** A batch can succeed while leaving part of its work in",
    "UnprocessedKeys / UnprocessedItems: a partition was throttled, the 16 MB response limit was reached,",
    "or an internal error occurred. Resending at once usually meets the same throttle, so the code waits",
    "with exponential backoff and full jitter (a random pause below 50, 100, 200 ms ... capped at 5 s),",
    "and gives up with the work still pending after 8 attempts, so the caller can record what was lost",
    "instead of looping forever. Only when no item at all could be processed does DynamoDB throw",
    "ProvisionedThroughputExceededException instead, which the SDK retries by itself.",
    "",
    "**Limits.** BatchGetItem: 100 keys and 16 MB of response per request; the same key twice in one",
    "request is a ValidationException. BatchWriteItem: 25 puts or deletes, 16 MB per request, 400 KB per",
    "item, and no two writes to the same key in one request. Both may address several tables.",
    "",
    "**When not to use it.** A batch has no conditions, no UpdateItem and no atomicity: each write",
    "succeeds or fails alone, a put replaces an existing item without asking, and a job that crashes",
    "half-way leaves half its chunks written (so make bulk loads safe to rerun, as a put of the same",
    "book is). When a write must refuse to overwrite, or several writes must land together, use",
    "conditional writes or TransactWriteItems (entry 05). Items that share a partition key are read",
    "faster and cheaper by one Query than by a batch of their keys, because a Query page is charged on",
    "the total size read, not per item. And a batch does not make writes cheaper: a large load that",
    "needs a lower bill wants a smaller item or an import from S3, not batching.",
  ].join("\n"),
};
