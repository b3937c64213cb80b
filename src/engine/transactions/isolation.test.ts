import {
  CreateTableCommand,
  PutItemCommand,
  TransactGetItemsCommand,
  TransactWriteItemsCommand,
  TransactionCanceledException,
} from "@aws-sdk/client-dynamodb";
import { afterEach, describe, expect, it } from "vitest";
import { createDynamoDB, type DynamoDB } from "../../client/create-dynamodb.js";
import { startServer } from "../../server/http-server.js";
import { Engine } from "../engine.js";
import type { EngineOptions } from "../database.js";

/**
 * Many transfers between accounts at once, with readers in between: every transaction runs in one
 * synchronous engine call, so no reader may ever see money in flight and the total never moves.
 */

const ACCOUNTS = 20;
const OPENING_BALANCE = 100;
const TRANSFERS = 300;
const READERS = 60;
const TOTAL = ACCOUNTS * OPENING_BALANCE;

const accountKey = (i: number) => ({ pk: { S: `acct-${i}` } });

/** A fixed sequence of transfers (a linear congruential generator), so every run sends the same ones. */
function plannedTransfers(): { from: number; to: number; amount: number }[] {
  let state = 12345;
  const next = (bound: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor((state / 2147483648) * bound);
  };
  return Array.from({ length: TRANSFERS }, () => {
    const from = next(ACCOUNTS);
    const to = (from + 1 + next(ACCOUNTS - 1)) % ACCOUNTS;
    return { from, to, amount: 1 + next(30) };
  });
}

function transferCommand(
  from: number,
  to: number,
  amount: number,
  token?: string,
): TransactWriteItemsCommand {
  return new TransactWriteItemsCommand({
    ClientRequestToken: token,
    TransactItems: [
      {
        Update: {
          TableName: "accounts",
          Key: accountKey(from),
          UpdateExpression: "SET balance = balance - :amount",
          ConditionExpression: "balance >= :amount",
          ExpressionAttributeValues: { ":amount": { N: String(amount) } },
        },
      },
      {
        Update: {
          TableName: "accounts",
          Key: accountKey(to),
          UpdateExpression: "ADD balance :amount",
          ExpressionAttributeValues: { ":amount": { N: String(amount) } },
        },
      },
    ],
  });
}

async function balances(db: DynamoDB): Promise<number[]> {
  const output = await db.client.send(
    new TransactGetItemsCommand({
      TransactItems: Array.from({ length: ACCOUNTS }, (_, i) => ({
        Get: { TableName: "accounts", Key: accountKey(i) },
      })),
    }),
  );
  return output.Responses!.map((response) => Number(response.Item!.balance!.N));
}

async function openAccounts(db: DynamoDB): Promise<void> {
  await db.client.send(
    new CreateTableCommand({
      TableName: "accounts",
      AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
      KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
      BillingMode: "PAY_PER_REQUEST",
    }),
  );
  for (let i = 0; i < ACCOUNTS; i++) {
    await db.client.send(
      new PutItemCommand({
        TableName: "accounts",
        Item: { ...accountKey(i), balance: { N: String(OPENING_BALANCE) } },
      }),
    );
  }
}

/**
 * Sends every transfer at once with readers interleaved; retries a transfer cancelled by a
 * conflict (with its token, so a retry never applies twice). Returns what each transfer did.
 */
async function runTransfers(db: DynamoDB): Promise<{ outcomes: string[]; totalsSeen: number[] }> {
  const totalsSeen: number[] = [];
  const transfers = plannedTransfers().map(async ({ from, to, amount }, n) => {
    for (;;) {
      try {
        await db.client.send(transferCommand(from, to, amount, `transfer-${n}`));
        return "applied";
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
        const codes = error.CancellationReasons!.map((reason) => reason.Code);
        if (codes.includes("TransactionConflict")) continue;
        expect(codes).toEqual(["ConditionalCheckFailed", "None"]);
        return "refused";
      }
    }
  });
  const readers = Array.from({ length: READERS }, async () => {
    for (;;) {
      try {
        const seen = await balances(db);
        expect(seen.every((balance) => balance >= 0)).toBe(true);
        totalsSeen.push(seen.reduce((sum, balance) => sum + balance, 0));
        return;
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
      }
    }
  });
  const all = await Promise.all([...transfers, ...readers]);
  return { outcomes: all.slice(0, TRANSFERS) as string[], totalsSeen };
}

/** Each account's final balance follows exactly from the transfers that reported success. */
function expectedBalances(outcomes: string[]): number[] {
  const expected = Array.from({ length: ACCOUNTS }, () => OPENING_BALANCE);
  plannedTransfers().forEach(({ from, to, amount }, n) => {
    if (outcomes[n] !== "applied") return;
    expected[from]! -= amount;
    expected[to]! += amount;
  });
  return expected;
}

const adapters: [string, (options: EngineOptions) => Promise<{ db: DynamoDB; stop: () => Promise<void> }>][] =
  [
    [
      "in process",
      async (options) => {
        const db = createDynamoDB({ engine: new Engine(options), env: {} });
        return { db, stop: () => db.close() };
      },
    ],
    [
      "over HTTP",
      async (options) => {
        const server = await startServer({ engineOptions: options });
        const db = createDynamoDB({ endpoint: server.endpoint, clientConfig: { maxAttempts: 1 } });
        return {
          db,
          stop: async () => {
            await db.close();
            await server.close();
          },
        };
      },
    ],
  ];

describe.each(adapters)("concurrent transfers through the SDK %s", (_label, setUp) => {
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await stop?.();
    stop = undefined;
  });

  it.each([
    ["without injected conflicts", {}],
    [
      "with a third of transactions cancelled by conflicts",
      { faults: { transactionConflictFraction: 0.3, seed: 9 } },
    ],
  ])("keeps the total constant and every reader consistent, %s", async (_case, options: EngineOptions) => {
    const adapter = await setUp(options);
    stop = adapter.stop;
    const { db } = adapter;
    await openAccounts(db);

    const { outcomes, totalsSeen } = await runTransfers(db);

    expect(totalsSeen).toHaveLength(READERS);
    expect(new Set(totalsSeen)).toEqual(new Set([TOTAL]));
    expect(outcomes.filter((outcome) => outcome === "applied").length).toBeGreaterThan(TRANSFERS / 2);
    const final = await (async () => {
      for (;;) {
        try {
          return await balances(db);
        } catch (error) {
          if (!(error instanceof TransactionCanceledException)) throw error;
        }
      }
    })();
    expect(final).toEqual(expectedBalances(outcomes));
    expect(final.reduce((sum, balance) => sum + balance, 0)).toBe(TOTAL);
  });
});
