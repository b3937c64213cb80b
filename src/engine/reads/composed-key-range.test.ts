import { describe, expect, it } from "vitest";
import { Engine } from "../engine.js";
import type { Item } from "../values/attribute-value.js";
import { errorOf } from "./fixtures.testing.js";

const INDEX = "byTournamentRegion";

/**
 * Table `matches` (matchId S) with a global index keyed by two partition attributes
 * (tournamentId, region) and two sort attributes (round S, score N).
 */
function matchesEngine(projection: Record<string, unknown> = { ProjectionType: "ALL" }): Engine {
  const engine = new Engine();
  engine.execute("CreateTable", {
    TableName: "matches",
    AttributeDefinitions: [
      { AttributeName: "matchId", AttributeType: "S" },
      { AttributeName: "tournamentId", AttributeType: "S" },
      { AttributeName: "region", AttributeType: "S" },
      { AttributeName: "round", AttributeType: "S" },
      { AttributeName: "score", AttributeType: "N" },
    ],
    KeySchema: [{ AttributeName: "matchId", KeyType: "HASH" }],
    BillingMode: "PAY_PER_REQUEST",
    GlobalSecondaryIndexes: [
      {
        IndexName: INDEX,
        KeySchema: [
          { AttributeName: "tournamentId", KeyType: "HASH" },
          { AttributeName: "region", KeyType: "HASH" },
          { AttributeName: "round", KeyType: "RANGE" },
          { AttributeName: "score", KeyType: "RANGE" },
        ],
        Projection: projection,
      },
    ],
  });
  const match = (id: string, region: string, round: string | undefined, score: number, note = "") => {
    const item: Item = {
      matchId: { S: id },
      tournamentId: { S: "WINTER" },
      region: { S: region },
      score: { N: String(score) },
      note: { S: note || id },
    };
    if (round !== undefined) item.round = { S: round };
    engine.execute("PutItem", { TableName: "matches", Item: item });
  };
  match("m1", "NA", "FINAL", 10);
  match("m2", "NA", "SEMI", 5);
  match("m3", "NA", "SEMI", 7);
  match("m4", "NA", "SEMI", 12);
  match("m5", "EU", "SEMI", 3);
  match("m6", "NA", "QUARTER", 1);
  match("m7", "NA", undefined, 4); // no round: not in the index
  match("m8", "NA", "SEMI-X", 2);
  return engine;
}

const VALUES = {
  ":t": { S: "WINTER" },
  ":r": { S: "NA" },
  ":semi": { S: "SEMI" },
  ":quarter": { S: "QUARTER" },
  ":final": { S: "FINAL" },
  ":five": { N: "5" },
  ":six": { N: "6" },
  ":seven": { N: "7" },
  ":twelve": { N: "12" },
};

type QueryOutput = { Items: Item[]; Count: number; LastEvaluatedKey?: Item };

function query(engine: Engine, condition: string, extra: Record<string, unknown> = {}): QueryOutput {
  const used = Object.fromEntries(Object.entries(VALUES).filter(([name]) => condition.includes(name)));
  return engine.execute("Query", {
    TableName: "matches",
    IndexName: INDEX,
    KeyConditionExpression: `tournamentId = :t AND #region = :r${condition ? ` AND ${condition}` : ""}`,
    ExpressionAttributeNames: { "#region": "region" },
    ExpressionAttributeValues: { ":t": VALUES[":t"], ":r": VALUES[":r"], ...used },
    ...extra,
  }) as QueryOutput;
}

const ids = (output: QueryOutput) => output.Items.map((item) => (item.matchId as { S: string }).S);

describe("Query on a global index with multi-attribute keys", () => {
  const engine = matchesEngine();

  it("reads one composed partition in the order of the sort attributes, leaving out sparse items", () => {
    expect(ids(query(engine, ""))).toEqual(["m1", "m6", "m2", "m3", "m4", "m8"]);
    expect(ids(query(engine, "", { ScanIndexForward: false }))).toEqual(["m8", "m4", "m3", "m2", "m6", "m1"]);
  });

  it.each([
    ["#round = :semi", ["m2", "m3", "m4"]],
    ["#round = :semi AND score = :seven", ["m3"]],
    ["#round = :semi AND score > :five", ["m3", "m4"]],
    ["#round = :semi AND score >= :seven", ["m3", "m4"]],
    ["#round = :semi AND score < :twelve", ["m2", "m3"]],
    ["#round = :semi AND score <= :seven", ["m2", "m3"]],
    ["#round = :semi AND score BETWEEN :six AND :twelve", ["m3", "m4"]],
    [":seven >= score AND #round = :semi", ["m2", "m3"]],
    ["#round > :quarter", ["m2", "m3", "m4", "m8"]],
    ["#round >= :semi", ["m2", "m3", "m4", "m8"]],
    ["#round < :semi", ["m1", "m6"]],
    ["#round <= :semi", ["m1", "m6", "m2", "m3", "m4"]],
    ["#round BETWEEN :final AND :quarter", ["m1", "m6"]],
    ["begins_with(#round, :semi)", ["m2", "m3", "m4", "m8"]],
  ])("%s", (condition, expected) => {
    expect(
      ids(query(engine, condition, { ExpressionAttributeNames: { "#region": "region", "#round": "round" } })),
    ).toEqual(expected);
  });

  it("pages with start keys that carry every index key attribute and the table key", () => {
    const first = query(engine, "", { Limit: 2 });
    expect(ids(first)).toEqual(["m1", "m6"]);
    expect(first.LastEvaluatedKey).toEqual({
      tournamentId: { S: "WINTER" },
      region: { S: "NA" },
      round: { S: "QUARTER" },
      score: { N: "1" },
      matchId: { S: "m6" },
    });
    const seen: string[] = [];
    let start: Item | undefined;
    do {
      const page = query(engine, "", { Limit: 2, ...(start ? { ExclusiveStartKey: start } : {}) });
      seen.push(...ids(page));
      start = page.LastEvaluatedKey;
    } while (start);
    expect(seen).toEqual(["m1", "m6", "m2", "m3", "m4", "m8"]);

    const inRange = query(engine, "#round = :semi", {
      ExpressionAttributeNames: { "#region": "region", "#round": "round" },
      Limit: 1,
    });
    const rest = query(engine, "#round = :semi", {
      ExpressionAttributeNames: { "#region": "region", "#round": "round" },
      ExclusiveStartKey: inRange.LastEvaluatedKey,
    });
    expect(ids(rest)).toEqual(["m3", "m4"]);
  });

  it("refuses start keys that lack an index key attribute or lie outside the key condition", () => {
    const key = {
      tournamentId: { S: "WINTER" },
      region: { S: "NA" },
      round: { S: "FINAL" },
      score: { N: "10" },
      matchId: { S: "m1" },
    };
    const { score: _score, ...withoutScore } = key;
    expect(errorOf(() => query(engine, "", { ExclusiveStartKey: withoutScore })).message).toBe(
      "The provided starting key is invalid",
    );
    const names = { "#region": "region", "#round": "round" };
    expect(
      errorOf(() =>
        query(engine, "#round = :semi", { ExpressionAttributeNames: names, ExclusiveStartKey: key }),
      ).message,
    ).toBe("The provided starting key does not match the range key predicate");
  });

  it.each([
    ["tournamentId = :t", { ":t": VALUES[":t"] }, "Query condition missed key schema element: region"],
    ["#region = :r", { ":r": VALUES[":r"] }, "Query condition missed key schema element: tournamentId"],
    [
      "tournamentId = :t AND #region > :r",
      { ":t": VALUES[":t"], ":r": VALUES[":r"] },
      "Query key condition not supported",
    ],
    [
      "tournamentId = :t AND #region = :r AND note = :r",
      { ":t": VALUES[":t"], ":r": VALUES[":r"] },
      "Query key condition not supported",
    ],
    [
      "tournamentId = :t AND #region = :r AND score = :five",
      { ":t": VALUES[":t"], ":r": VALUES[":r"], ":five": VALUES[":five"] },
      "RANGE key attributes round must have equality conditions specified in the query because a condition is present on key attribute score",
    ],
    [
      "tournamentId = :t AND #region = :r AND #round > :semi AND score = :five",
      { ":t": VALUES[":t"], ":r": VALUES[":r"], ":semi": VALUES[":semi"], ":five": VALUES[":five"] },
      "RANGE key attributes round must have equality conditions specified in the query because a condition is present on key attribute score",
    ],
    [
      "tournamentId = :t AND #region = :r AND #round = :semi AND score = :semi",
      { ":t": VALUES[":t"], ":r": VALUES[":r"], ":semi": VALUES[":semi"] },
      "One or more parameter values were invalid: Condition parameter type does not match schema type",
    ],
    [
      "tournamentId = :t AND #region = :five",
      { ":t": VALUES[":t"], ":five": VALUES[":five"] },
      "One or more parameter values were invalid: Condition parameter type does not match schema type",
    ],
  ])("refuses %s", (expression, values, message) => {
    const error = errorOf(() =>
      engine.execute("Query", {
        TableName: "matches",
        IndexName: INDEX,
        KeyConditionExpression: expression,
        ExpressionAttributeNames: expression.includes("#round")
          ? { "#region": "region", "#round": "round" }
          : expression.includes("#region")
            ? { "#region": "region" }
            : undefined,
        ExpressionAttributeValues: values,
      }),
    );
    expect(error).toEqual({ type: "ValidationException", message });
  });

  it("refuses a filter on any index key attribute", () => {
    expect(
      errorOf(() =>
        query(engine, "", {
          FilterExpression: "score > :five",
          ExpressionAttributeValues: { ":t": VALUES[":t"], ":r": VALUES[":r"], ":five": VALUES[":five"] },
        }),
      ),
    ).toEqual({
      type: "ValidationException",
      message: "Filter Expression can only contain non-primary key attributes: Primary key attribute: score",
    });
  });
});

describe("PartiQL SELECT on a global index with multi-attribute keys", () => {
  it("answers from the index, filtering on every key attribute", () => {
    const output = matchesEngine().execute("ExecuteStatement", {
      Statement: `SELECT matchId, score FROM "matches"."${INDEX}" WHERE tournamentId = ? AND "region" = ? AND "round" = ?`,
      Parameters: [{ S: "WINTER" }, { S: "NA" }, { S: "SEMI" }],
    }) as { Items: Item[] };
    expect(output.Items.map((item) => (item.matchId as { S: string }).S).sort()).toEqual(["m2", "m3", "m4"]);
  });
});

describe("writes to a global index with multi-attribute keys", () => {
  it("moves an item when one key component changes and drops it when one goes", () => {
    const engine = matchesEngine();
    engine.execute("UpdateItem", {
      TableName: "matches",
      Key: { matchId: { S: "m2" } },
      UpdateExpression: "SET score = :n",
      ExpressionAttributeValues: { ":n": { N: "100" } },
    });
    engine.execute("UpdateItem", {
      TableName: "matches",
      Key: { matchId: { S: "m3" } },
      UpdateExpression: "REMOVE score",
    });
    engine.execute("UpdateItem", {
      TableName: "matches",
      Key: { matchId: { S: "m7" } },
      UpdateExpression: "SET #round = :final",
      ExpressionAttributeNames: { "#round": "round" },
      ExpressionAttributeValues: { ":final": { S: "FINAL" } },
    });
    expect(ids(query(engine, ""))).toEqual(["m7", "m1", "m6", "m4", "m2", "m8"]);
    const scan = engine.execute("Scan", { TableName: "matches", IndexName: INDEX }) as QueryOutput;
    expect(scan.Count).toBe(7);
  });

  it("checks the type of every key attribute an item carries", () => {
    const engine = matchesEngine();
    expect(
      errorOf(() =>
        engine.execute("PutItem", {
          TableName: "matches",
          Item: { matchId: { S: "x" }, region: { N: "1" } },
        }),
      ),
    ).toEqual({
      type: "ValidationException",
      message:
        "One or more parameter values were invalid: Type mismatch for Index Key region Expected: S Actual: N IndexName: byTournamentRegion",
    });
  });

  it("projects every index key attribute into a KEYS_ONLY index", () => {
    const engine = matchesEngine({ ProjectionType: "KEYS_ONLY" });
    expect(query(engine, "", { Limit: 1 }).Items).toEqual([
      {
        matchId: { S: "m1" },
        tournamentId: { S: "WINTER" },
        region: { S: "NA" },
        round: { S: "FINAL" },
        score: { N: "10" },
      },
    ]);
  });

  it("orders components whole: a component that is a prefix of another sorts first, NULs included", () => {
    const engine = matchesEngine();
    for (const [id, round] of [
      ["n1", "Z\u0000"],
      ["n2", "Z"],
      ["n3", "Z\u0001"],
      ["n4", "Z\u0000\u0000"],
    ] as const) {
      engine.execute("PutItem", {
        TableName: "matches",
        Item: {
          matchId: { S: id },
          tournamentId: { S: "SPRING" },
          region: { S: "NA" },
          round: { S: round },
          score: { N: "1" },
        },
      });
    }
    const output = engine.execute("Query", {
      TableName: "matches",
      IndexName: INDEX,
      KeyConditionExpression: "tournamentId = :t AND #region = :r AND #round > :z",
      ExpressionAttributeNames: { "#region": "region", "#round": "round" },
      ExpressionAttributeValues: { ":t": { S: "SPRING" }, ":r": { S: "NA" }, ":z": { S: "Z" } },
    }) as QueryOutput;
    expect(ids(output)).toEqual(["n1", "n4", "n3"]);
  });
});

describe("legacy KeyConditions on a global index with multi-attribute keys", () => {
  const engine = matchesEngine();
  const legacy = (conditions: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    engine.execute("Query", {
      TableName: "matches",
      IndexName: INDEX,
      KeyConditions: conditions,
      ...extra,
    }) as QueryOutput;
  const EQ = (value: unknown) => ({ ComparisonOperator: "EQ", AttributeValueList: [value] });

  it("reads the composed partition and sort range", () => {
    const output = legacy({
      tournamentId: EQ(VALUES[":t"]),
      region: EQ(VALUES[":r"]),
      round: EQ(VALUES[":semi"]),
      score: { ComparisonOperator: "GT", AttributeValueList: [VALUES[":five"]] },
    });
    expect(ids(output)).toEqual(["m3", "m4"]);
  });

  it("applies the same rules as a KeyConditionExpression", () => {
    expect(errorOf(() => legacy({ tournamentId: EQ(VALUES[":t"]) }))).toEqual({
      type: "ValidationException",
      message: "Query condition missed key schema element: region",
    });
    expect(
      errorOf(() =>
        legacy({ tournamentId: EQ(VALUES[":t"]), region: EQ(VALUES[":r"]), score: EQ(VALUES[":five"]) }),
      ),
    ).toEqual({
      type: "ValidationException",
      message:
        "RANGE key attributes round must have equality conditions specified in the query because a condition is present on key attribute score",
    });
    expect(
      errorOf(() =>
        legacy(
          { tournamentId: EQ(VALUES[":t"]), region: EQ(VALUES[":r"]) },
          { QueryFilter: { score: EQ(VALUES[":five"]) } },
        ),
      ),
    ).toEqual({
      type: "ValidationException",
      message: "QueryFilter can only contain non-primary key attributes: Primary key attribute: score",
    });
  });
});
