import { Engine } from "../src/engine/engine.js";
import { percentile } from "./stats.js";
import { benchItem } from "./workload.js";

/**
 * Child-process entry: the engine's own cost per operation, without the SDK, JSON or HTTP.
 * `node --import tsx bench/engine-only.ts ITEMS SAMPLES` loads ITEMS ~1 KB items (partitions of
 * 100) through `engine.execute("PutItem")`, then times single calls of GetItem, PutItem and a
 * 100-item Query and prints one JSON line: p50/p99 in microseconds and the load rate.
 */
const items = Number(process.argv[2] ?? 1_000_000);
const samples = Number(process.argv[3] ?? 20_000);
const PER_PARTITION = 100;
const partitions = Math.max(1, Math.floor(items / PER_PARTITION));
const TABLE = "engine_only";

const pk = (partition: number) => `p${String(partition).padStart(7, "0")}`;
const sk = (position: number) => `s${String(position).padStart(3, "0")}`;

const engine = new Engine();
engine.execute("CreateTable", {
  TableName: TABLE,
  KeySchema: [
    { AttributeName: "pk", KeyType: "HASH" },
    { AttributeName: "sk", KeyType: "RANGE" },
  ],
  AttributeDefinitions: [
    { AttributeName: "pk", AttributeType: "S" },
    { AttributeName: "sk", AttributeType: "S" },
  ],
  BillingMode: "PAY_PER_REQUEST",
});

// Deterministic pseudo-random keys, so every run reads the same spread of the table.
let state = 0x9e3779b9;
const random = (bound: number) => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) % bound;
};

const loadStarted = performance.now();
for (let partition = 0; partition < partitions; partition++) {
  for (let position = 0; position < PER_PARTITION; position++) {
    engine.execute("PutItem", { TableName: TABLE, Item: benchItem(pk(partition), sk(position), position) });
  }
}
const loadSeconds = (performance.now() - loadStarted) / 1000;
const loaded = partitions * PER_PARTITION;

/** Times each call separately; inputs are built beforehand, as an adapter hands over parsed JSON. */
function time(
  inputs: Record<string, unknown>[],
  operation: string,
  check: (output: Record<string, unknown>) => void,
) {
  const latencies: number[] = [];
  for (const input of inputs) {
    const before = process.hrtime.bigint();
    const output = engine.execute(operation, input);
    latencies.push(Number(process.hrtime.bigint() - before) / 1000);
    check(output);
  }
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), calls: latencies.length };
}

function fail(what: string): never {
  throw new Error(`engine answered wrongly: ${what}`);
}

function inputs(count: number, make: () => Record<string, unknown>) {
  return Array.from({ length: count }, make);
}

const getInputs = () =>
  inputs(samples, () => ({
    TableName: TABLE,
    Key: { pk: { S: pk(random(partitions)) }, sk: { S: sk(random(PER_PARTITION)) } },
  }));
const putInputs = () =>
  inputs(samples, () => ({
    TableName: TABLE,
    Item: benchItem(pk(random(partitions)), sk(random(PER_PARTITION)), 7),
  }));
const queryInputs = () =>
  inputs(Math.max(100, samples / 10), () => ({
    TableName: TABLE,
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": { S: pk(random(partitions)) } },
  }));

// One untimed pass of each warms the JIT; the second pass is reported.
const results: Record<string, unknown> = {};
for (const pass of ["warm-up", "measured"]) {
  const get = time(getInputs(), "GetItem", (output) => output.Item ?? fail("GetItem found no item"));
  const put = time(putInputs(), "PutItem", () => undefined);
  let query: ReturnType<typeof time> | { error: string };
  try {
    query = time(queryInputs(), "Query", (output) =>
      output.Count === PER_PARTITION ? undefined : fail("Query count"),
    );
  } catch (error) {
    query = { error: error instanceof Error ? error.message : String(error) };
  }
  if (pass === "measured") Object.assign(results, { GetItem: get, PutItem: put, Query: query });
}

process.stdout.write(
  `${JSON.stringify({
    items: loaded,
    loadSeconds,
    loadRate: loaded / loadSeconds,
    heapUsedBytes: process.memoryUsage().heapUsed,
    ...results,
  })}\n`,
);
