import { Engine } from "../engine.js";
import { DynamoDBError } from "../errors/index.js";
import type { Item } from "../values/attribute-value.js";

/** Shared set-up of the Query and Scan tests. */

export function errorOf(run: () => unknown): { type: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof DynamoDBError) return { type: error.type, message: error.message };
    throw error;
  }
  throw new Error("expected a DynamoDBError");
}

/**
 * Table `orders`: pk (S) + sk (S), with
 * - GSI `byStatus` (status S, rank N), INCLUDE [data];
 * - GSI `byStatusKeys` (status S), KEYS_ONLY;
 * - GSI `byRank` (rank N), ALL;
 * - LSI `byLabel` (pk, label S), ALL;
 * - LSI `byCode` (pk, code S), KEYS_ONLY.
 */
export function ordersEngine(): Engine {
  const engine = new Engine();
  engine.execute("CreateTable", {
    TableName: "orders",
    AttributeDefinitions: [
      { AttributeName: "pk", AttributeType: "S" },
      { AttributeName: "sk", AttributeType: "S" },
      { AttributeName: "status", AttributeType: "S" },
      { AttributeName: "rank", AttributeType: "N" },
      { AttributeName: "label", AttributeType: "S" },
      { AttributeName: "code", AttributeType: "S" },
    ],
    KeySchema: [
      { AttributeName: "pk", KeyType: "HASH" },
      { AttributeName: "sk", KeyType: "RANGE" },
    ],
    BillingMode: "PAY_PER_REQUEST",
    GlobalSecondaryIndexes: [
      {
        IndexName: "byStatus",
        KeySchema: [
          { AttributeName: "status", KeyType: "HASH" },
          { AttributeName: "rank", KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "INCLUDE", NonKeyAttributes: ["data"] },
      },
      {
        IndexName: "byStatusKeys",
        KeySchema: [{ AttributeName: "status", KeyType: "HASH" }],
        Projection: { ProjectionType: "KEYS_ONLY" },
      },
      {
        IndexName: "byRank",
        KeySchema: [{ AttributeName: "rank", KeyType: "HASH" }],
        Projection: { ProjectionType: "ALL" },
      },
    ],
    LocalSecondaryIndexes: [
      {
        IndexName: "byLabel",
        KeySchema: [
          { AttributeName: "pk", KeyType: "HASH" },
          { AttributeName: "label", KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "ALL" },
      },
      {
        IndexName: "byCode",
        KeySchema: [
          { AttributeName: "pk", KeyType: "HASH" },
          { AttributeName: "code", KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "KEYS_ONLY" },
      },
    ],
  });
  return engine;
}

/** Five items under pk `p`: sk s1..s5, rank 1..5, label L5..L1, code C1..C5, data, extra. */
export function putFiveOrders(engine: Engine): void {
  for (let i = 1; i <= 5; i++) {
    put(engine, "orders", {
      pk: { S: "p" },
      sk: { S: `s${i}` },
      status: { S: "open" },
      rank: { N: String(i) },
      label: { S: `L${6 - i}` },
      code: { S: `C${i}` },
      data: { S: `d${i}` },
      extra: { S: `e${i}` },
    });
  }
}

export function createTable(
  engine: Engine,
  name: string,
  partition: "S" | "N" | "B",
  sort?: "S" | "N" | "B",
): void {
  engine.execute("CreateTable", {
    TableName: name,
    AttributeDefinitions: [
      { AttributeName: "pk", AttributeType: partition },
      ...(sort ? [{ AttributeName: "sk", AttributeType: sort }] : []),
    ],
    KeySchema: [
      { AttributeName: "pk", KeyType: "HASH" },
      ...(sort ? [{ AttributeName: "sk", KeyType: "RANGE" }] : []),
    ],
    BillingMode: "PAY_PER_REQUEST",
  });
}

export function put(engine: Engine, table: string, item: Item): void {
  engine.execute("PutItem", { TableName: table, Item: item });
}

/** The values of one string attribute of the items a read returned. */
export function strings(output: Record<string, unknown>, name: string): (string | undefined)[] {
  return (output.Items as Item[]).map((item) => {
    const value = item[name];
    return value && "S" in value ? value.S : undefined;
  });
}
