import {
  CreateTableCommand,
  DescribeTableCommand,
  PutItemCommand,
  paginateQuery,
} from "@aws-sdk/client-dynamodb";
import { describe, expect, it } from "vitest";
import { createDynamoDB } from "../../client/create-dynamodb.js";
import { Engine } from "../engine.js";
import { errorOf } from "./test-support.js";

const HASH = (name: string) => ({ AttributeName: name, KeyType: "HASH" });
const RANGE = (name: string) => ({ AttributeName: name, KeyType: "RANGE" });
const ATTRIBUTES = ["pk", "a", "b", "c", "d", "e", "f", "g", "h", "i"];

function createWithIndexKey(keySchema: { AttributeName: string; KeyType: string }[], engine = new Engine()) {
  const used = new Set(["pk", ...keySchema.map((k) => k.AttributeName)]);
  return engine.execute("CreateTable", {
    TableName: "games",
    AttributeDefinitions: ATTRIBUTES.filter((name) => used.has(name)).map((name) => ({
      AttributeName: name,
      AttributeType: name === "d" ? "N" : "S",
    })),
    KeySchema: [HASH("pk")],
    BillingMode: "PAY_PER_REQUEST",
    GlobalSecondaryIndexes: [
      { IndexName: "composed", KeySchema: keySchema, Projection: { ProjectionType: "ALL" } },
    ],
  }) as { TableDescription: { GlobalSecondaryIndexes: { KeySchema: unknown }[] } };
}

function refusal(keySchema: { AttributeName: string; KeyType: string }[]) {
  const error = errorOf(() => createWithIndexKey(keySchema));
  return { type: error.type, message: error.message };
}

describe("global index key schemas with multi-attribute keys", () => {
  it("accepts up to four HASH and four RANGE attributes and describes them as declared", () => {
    const keySchema = [
      HASH("a"),
      HASH("b"),
      HASH("c"),
      HASH("d"),
      RANGE("e"),
      RANGE("f"),
      RANGE("g"),
      RANGE("h"),
    ];
    const engine = new Engine();
    const created = createWithIndexKey(keySchema, engine);
    expect(created.TableDescription.GlobalSecondaryIndexes[0]!.KeySchema).toEqual(keySchema);
    const described = engine.execute("DescribeTable", { TableName: "games" }) as {
      Table: { GlobalSecondaryIndexes: { KeySchema: unknown }[] };
    };
    expect(described.Table.GlobalSecondaryIndexes[0]!.KeySchema).toEqual(keySchema);
  });

  it("accepts two HASH attributes without a sort key", () => {
    expect(
      createWithIndexKey([HASH("a"), HASH("b")]).TableDescription.GlobalSecondaryIndexes[0]!.KeySchema,
    ).toEqual([HASH("a"), HASH("b")]);
  });

  it.each([
    [
      [HASH("a"), HASH("b"), HASH("c"), HASH("d"), HASH("e")],
      "One or more parameter values were invalid: The KeySchema exceeds the maximum allowed number of HASH key attributes",
    ],
    [
      [HASH("a"), RANGE("b"), RANGE("c"), RANGE("d"), RANGE("e"), RANGE("f")],
      "One or more parameter values were invalid: The KeySchema exceeds the maximum allowed number of RANGE key attributes",
    ],
    [
      [HASH("a"), RANGE("b"), HASH("c")],
      "One or more parameter values were invalid: All HASH key attributes must precede RANGE key attributes in the KeySchema",
    ],
    [
      [HASH("a"), RANGE("b"), RANGE("a")],
      "The KeySchema contains multiple key attributes with the same name",
    ],
    [[HASH("a"), HASH("a")], "The KeySchema contains multiple key attributes with the same name"],
    [
      [RANGE("a"), HASH("b"), HASH("c")],
      "Invalid KeySchema: The first KeySchemaElement is not a HASH key type",
    ],
    [[RANGE("a"), HASH("b")], "Invalid KeySchema: The first KeySchemaElement is not a HASH key type"],
    [
      [HASH("a"), RANGE("a")],
      "Both the Hash Key and the Range Key element in the KeySchema have the same name",
    ],
  ])("refuses %j", (keySchema, message) => {
    expect(refusal(keySchema)).toEqual({ type: "ValidationException", message });
  });

  it("keeps the table's and local indexes' KeySchema at two elements", () => {
    const error = errorOf(() =>
      new Engine().execute("CreateTable", {
        TableName: "games",
        AttributeDefinitions: [
          { AttributeName: "pk", AttributeType: "S" },
          { AttributeName: "a", AttributeType: "S" },
          { AttributeName: "b", AttributeType: "S" },
        ],
        KeySchema: [HASH("pk"), RANGE("a"), RANGE("b")],
        BillingMode: "PAY_PER_REQUEST",
      }),
    );
    expect(error.type).toBe("ValidationException");
    expect(error.message).toMatch(
      /^1 validation error detected: Value '.*' at 'keySchema' failed to satisfy constraint: Member must have length less than or equal to 2$/,
    );
  });

  it("creates a multi-attribute index with UpdateTable and backfills it", () => {
    const engine = new Engine();
    engine.execute("CreateTable", {
      TableName: "games",
      AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
      KeySchema: [HASH("pk")],
      BillingMode: "PAY_PER_REQUEST",
    });
    engine.execute("PutItem", { TableName: "games", Item: { pk: { S: "1" }, a: { S: "x" }, b: { N: "2" } } });
    engine.execute("PutItem", { TableName: "games", Item: { pk: { S: "2" }, a: { S: "x" }, b: { N: "1" } } });
    engine.execute("PutItem", { TableName: "games", Item: { pk: { S: "3" }, a: { S: "x" } } });
    engine.execute("UpdateTable", {
      TableName: "games",
      AttributeDefinitions: [
        { AttributeName: "a", AttributeType: "S" },
        { AttributeName: "b", AttributeType: "N" },
      ],
      GlobalSecondaryIndexUpdates: [
        {
          Create: {
            IndexName: "byAB",
            KeySchema: [HASH("a"), RANGE("pk"), RANGE("b")],
            Projection: { ProjectionType: "ALL" },
          },
        },
      ],
    });
    const output = engine.execute("Query", {
      TableName: "games",
      IndexName: "byAB",
      KeyConditionExpression: "a = :a",
      ExpressionAttributeValues: { ":a": { S: "x" } },
    }) as { Items: { pk: { S: string } }[] };
    expect(output.Items.map((item) => item.pk.S)).toEqual(["1", "2"]);
    expect(
      errorOf(() =>
        engine.execute("UpdateTable", {
          TableName: "games",
          AttributeDefinitions: [
            { AttributeName: "c", AttributeType: "S" },
            { AttributeName: "e", AttributeType: "S" },
          ],
          GlobalSecondaryIndexUpdates: [
            {
              Create: {
                IndexName: "tooMany",
                KeySchema: [HASH("a"), HASH("b"), HASH("c"), HASH("pk"), HASH("e")],
                Projection: { ProjectionType: "ALL" },
              },
            },
          ],
        }),
      ).message,
    ).toBe(
      "One or more parameter values were invalid: The KeySchema exceeds the maximum allowed number of HASH key attributes",
    );
  });
});

describe("multi-attribute global index keys through the SDK", () => {
  it("creates, describes and pages a four-attribute index", async () => {
    const dynamodb = createDynamoDB({ engine: new Engine() });
    const keySchema = [HASH("a"), HASH("b"), RANGE("c"), RANGE("d")];
    await dynamodb.client.send(
      new CreateTableCommand({
        TableName: "games",
        AttributeDefinitions: ["pk", "a", "b", "c", "d"].map((name) => ({
          AttributeName: name,
          AttributeType: name === "d" ? "N" : "S",
        })),
        KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
        BillingMode: "PAY_PER_REQUEST",
        GlobalSecondaryIndexes: [
          {
            IndexName: "composed",
            KeySchema: keySchema as { AttributeName: string; KeyType: "HASH" | "RANGE" }[],
            Projection: { ProjectionType: "KEYS_ONLY" },
          },
        ],
      }),
    );
    for (let i = 0; i < 5; i++) {
      await dynamodb.client.send(
        new PutItemCommand({
          TableName: "games",
          Item: { pk: { S: `p${i}` }, a: { S: "x" }, b: { S: "y" }, c: { S: "k" }, d: { N: String(10 - i) } },
        }),
      );
    }
    const described = await dynamodb.client.send(new DescribeTableCommand({ TableName: "games" }));
    expect(described.Table?.GlobalSecondaryIndexes?.[0]?.KeySchema).toEqual(keySchema);
    const seen: string[] = [];
    for await (const page of paginateQuery(
      { client: dynamodb.client, pageSize: 2 },
      {
        TableName: "games",
        IndexName: "composed",
        KeyConditionExpression: "a = :a AND b = :b AND c = :c AND d >= :d",
        ExpressionAttributeValues: { ":a": { S: "x" }, ":b": { S: "y" }, ":c": { S: "k" }, ":d": { N: "7" } },
      },
    )) {
      seen.push(...(page.Items ?? []).map((item) => item.pk!.S!));
    }
    expect(seen).toEqual(["p3", "p2", "p1", "p0"]);
    await dynamodb.close();
  });
});
