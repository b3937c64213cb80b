import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  CreateTableCommand,
  GetItemCommand,
  type AttributeValue,
  type KeysAndAttributes,
  type WriteRequest,
} from "@aws-sdk/client-dynamodb";
import { BatchGetCommand, BatchWriteCommand } from "@aws-sdk/lib-dynamodb";
import { afterEach, describe, expect, it } from "vitest";
import { createDynamoDB, type DynamoDB } from "../../client/create-dynamodb.js";
import { Engine } from "../engine.js";
import { injectUnprocessed } from "./unprocessed-faults.js";

const TABLE = "Events";

async function clientWithTable(faults: { unprocessedFraction: number; seed: number }): Promise<DynamoDB> {
  const db = createDynamoDB({ engineOptions: { faults }, env: {} });
  await db.client.send(
    new CreateTableCommand({
      TableName: TABLE,
      AttributeDefinitions: [{ AttributeName: "id", AttributeType: "S" }],
      KeySchema: [{ AttributeName: "id", KeyType: "HASH" }],
      BillingMode: "PAY_PER_REQUEST",
    }),
  );
  return db;
}

/** The loop every BatchWriteItem caller needs: send what came back until nothing does. */
async function writeUntilDone(db: DynamoDB, requests: WriteRequest[]): Promise<number[]> {
  const leftPerAttempt: number[] = [];
  let pending: Record<string, WriteRequest[]> = { [TABLE]: requests };
  while (Object.keys(pending).length > 0) {
    const output = await db.client.send(new BatchWriteItemCommand({ RequestItems: pending }));
    pending = output.UnprocessedItems ?? {};
    leftPerAttempt.push(pending[TABLE]?.length ?? 0);
  }
  return leftPerAttempt;
}

async function readUntilDone(
  db: DynamoDB,
  request: KeysAndAttributes,
): Promise<Record<string, AttributeValue>[]> {
  const items: Record<string, AttributeValue>[] = [];
  let pending: Record<string, KeysAndAttributes> = { [TABLE]: request };
  while (Object.keys(pending).length > 0) {
    const output = await db.client.send(new BatchGetItemCommand({ RequestItems: pending }));
    items.push(...(output.Responses?.[TABLE] ?? []));
    pending = output.UnprocessedKeys ?? {};
  }
  return items;
}

describe("unprocessed-items switch through the AWS SDK", () => {
  let db: DynamoDB | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it("a retry loop drains UnprocessedItems, the same way on every run with a fixed seed", async () => {
    const ids = Array.from({ length: 25 }, (_, index) => `event-${index}`);
    const requests = ids.map((id) => ({ PutRequest: { Item: { id: { S: id }, n: { N: "1" } } } }));
    const runs: number[][] = [];
    for (let run = 0; run < 2; run++) {
      db = await clientWithTable({ unprocessedFraction: 0.6, seed: 42 });
      runs.push(await writeUntilDone(db, requests));
      for (const id of ids) {
        const stored = await db.client.send(new GetItemCommand({ TableName: TABLE, Key: { id: { S: id } } }));
        expect(stored.Item).toEqual({ id: { S: id }, n: { N: "1" } });
      }
      await db.close();
    }
    expect(runs[0]).toEqual(runs[1]);
    // With 60% of writes refused each time, draining takes several attempts, none leaving more.
    expect(runs[0]!.length).toBeGreaterThan(2);
    expect(runs[0]!.at(-1)).toBe(0);
    for (let attempt = 1; attempt < runs[0]!.length; attempt++) {
      expect(runs[0]![attempt]!).toBeLessThanOrEqual(runs[0]![attempt - 1]!);
    }
  });

  it("a retry loop drains UnprocessedKeys, keeping the table's projection on every retry", async () => {
    db = await clientWithTable({ unprocessedFraction: 0.5, seed: 9 });
    const ids = Array.from({ length: 30 }, (_, index) => `event-${index}`);
    for (let start = 0; start < ids.length; start += 10) {
      const chunk = ids
        .slice(start, start + 10)
        .map((id) => ({ PutRequest: { Item: { id: { S: id }, x: { S: "drop" } } } }));
      await writeUntilDone(db, chunk);
    }
    const items = await readUntilDone(db, {
      Keys: ids.map((id) => ({ id: { S: id } })),
      ProjectionExpression: "#i",
      ExpressionAttributeNames: { "#i": "id" },
    });
    expect(items.map((item) => item.id!.S).sort()).toEqual([...ids].sort());
    expect(items.every((item) => Object.keys(item).length === 1)).toBe(true);
  });

  it("reaches the document client as plain values", async () => {
    db = await clientWithTable({ unprocessedFraction: 1, seed: 1 });
    const written = await db.documentClient.send(
      new BatchWriteCommand({
        RequestItems: { [TABLE]: [{ PutRequest: { Item: { id: "a", tags: ["x"] } } }] },
      }),
    );
    expect(written.UnprocessedItems).toEqual({
      [TABLE]: [{ PutRequest: { Item: { id: "a", tags: ["x"] } } }],
    });
    const read = await db.documentClient.send(
      new BatchGetCommand({ RequestItems: { [TABLE]: { Keys: [{ id: "a" }], ConsistentRead: true } } }),
    );
    expect(read.Responses).toEqual({ [TABLE]: [] });
    expect(read.UnprocessedKeys).toEqual({ [TABLE]: { Keys: [{ id: "a" }], ConsistentRead: true } });
  });
});

describe("injectUnprocessed", () => {
  it("draws nothing from the random source while off, so other seeded faults keep their sequence", () => {
    const off = new Engine({ faults: { seed: 5 } }).db;
    const reference = new Engine({ faults: { seed: 5 } }).db;
    expect(injectUnprocessed(off)).toBe(false);
    expect(off.random()).toBe(reference.random());
  });

  it("follows the seeded source when on", () => {
    const on = new Engine({ faults: { seed: 5, unprocessedFraction: 0.5 } }).db;
    const reference = new Engine({ faults: { seed: 5 } }).db;
    const expected = Array.from({ length: 20 }, () => reference.random() < 0.5);
    expect(Array.from({ length: 20 }, () => injectUnprocessed(on))).toEqual(expected);
  });
});
