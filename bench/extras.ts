import { spawn } from "node:child_process";
import { Agent } from "node:http";
import { join } from "node:path";
import { median } from "./stats.js";
import { ROOT, rawRequest, residentBytes, spawnServer } from "./processes.js";
import { benchItem, createTableCommand, ITEM_BYTES } from "./workload.js";

export interface StartupResult {
  label: string;
  command: string;
  /** Milliseconds from spawn to the first successful ListTables, one per run. */
  runs: number[];
  medianMs: number;
}

const LISTENING = /listening on (http:\/\/\S+)/;

const BARE_SERVER = [
  'const s = require("node:http").createServer((q, r) => r.end("{}"));',
  's.listen(0, "127.0.0.1", () => console.log("listening on http://127.0.0.1:" + s.address().port));',
  'process.on("SIGTERM", () => process.exit(0));',
].join("\n");

/** Ways to start the server, from the one a developer types to the shipped bin. */
export const STARTUP_COMMANDS: { label: string; command: string; args: string[] }[] = [
  {
    label: "npx tsx src/cli/main.ts serve",
    command: "npx",
    args: ["tsx", "src/cli/main.ts", "serve", "--port", "0"],
  },
  {
    label: "node --import tsx src/cli/main.ts serve",
    command: process.execPath,
    args: ["--import", "tsx", "src/cli/main.ts", "serve", "--port", "0"],
  },
  {
    label: "node bin/dynamodb-patterns.js serve",
    command: process.execPath,
    args: ["bin/dynamodb-patterns.js", "serve", "--port", "0"],
  },
  {
    // The floor for any Node.js server on this machine: boot, listen, answer.
    label: "floor: bare node:http server",
    command: process.execPath,
    args: ["-e", BARE_SERVER],
  },
];

/**
 * Time from spawn to the first ListTables answered 200: the server prints its endpoint once it
 * listens, and ListTables is sent the moment that line arrives. Commands alternate between runs;
 * one untimed run of each first fills caches (including the bin's bundle).
 */
export async function measureStartup(runs: number): Promise<StartupResult[]> {
  const times = STARTUP_COMMANDS.map(() => [] as number[]);
  for (let run = -1; run < runs; run++) {
    for (const [index, { command, args }] of STARTUP_COMMANDS.entries()) {
      const started = performance.now();
      const server = await spawnServer(command, args, { ready: LISTENING });
      try {
        const answer = await rawRequest(server.endpoint, "ListTables", "{}");
        if (answer.status !== 200) throw new Error(`ListTables answered ${answer.status}: ${answer.body}`);
        if (run >= 0) times[index]!.push(performance.now() - started);
      } finally {
        await server.stop();
      }
    }
  }
  return STARTUP_COMMANDS.map(({ label, command, args }, index) => ({
    label,
    command: [
      command === process.execPath ? "node" : command,
      ...args.map((arg) => (arg === BARE_SERVER ? "…" : arg)),
    ].join(" "),
    runs: times[index]!,
    medianMs: median(times[index]!),
  }));
}

export interface MemoryResult {
  items: number;
  rawBytes: number;
  idleRssBytes: number;
  loadedRssBytes: number;
  /** Resident memory added by the data, over its raw DynamoDB size. */
  growthRatio: number;
  /** Whole-process resident memory over the raw data size. */
  rssRatio: number;
  loadedWith: string;
}

/**
 * Resident memory of the shipped server process, idle and after loading `items` ~1 KB items over
 * HTTP (raw JSON requests, no SDK, so loading is quick). Raw size is DynamoDB's item size.
 */
export async function measureMemory(items: number): Promise<MemoryResult> {
  const server = await spawnServer(
    process.execPath,
    [join(ROOT, "bin/dynamodb-patterns.js"), "serve", "--port", "0"],
    {
      ready: LISTENING,
    },
  );
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  try {
    const pid = server.child.pid!;
    await new Promise((resolve) => setTimeout(resolve, 500));
    const idleRssBytes = await residentBytes(pid);
    const table = "memory";
    const create = createTableCommand(table).input;
    const created = await rawRequest(server.endpoint, "CreateTable", JSON.stringify(create), agent);
    if (created.status !== 200) throw new Error(`CreateTable answered ${created.status}: ${created.body}`);
    const item = (i: number) =>
      benchItem(`m${String(Math.floor(i / 100)).padStart(6, "0")}`, `s${i % 100}`, i);
    const batchProbe = await rawRequest(
      server.endpoint,
      "BatchWriteItem",
      JSON.stringify({ RequestItems: { [table]: [{ PutRequest: { Item: item(0) } }] } }),
      agent,
    );
    const batched = batchProbe.status === 200;
    const perRequest = batched ? 25 : 1;
    let next = batched ? 1 : 0;
    const worker = async () => {
      while (next < items) {
        const first = next;
        next = Math.min(items, next + perRequest);
        const body = batched
          ? JSON.stringify({
              RequestItems: {
                [table]: Array.from({ length: next - first }, (_, j) => ({
                  PutRequest: { Item: item(first + j) },
                })),
              },
            })
          : JSON.stringify({ TableName: table, Item: item(first) });
        const answer = await rawRequest(server.endpoint, batched ? "BatchWriteItem" : "PutItem", body, agent);
        if (answer.status !== 200 || (batched && !answer.body.startsWith('{"UnprocessedItems":{}'))) {
          throw new Error(`loading answered ${answer.status}: ${answer.body.slice(0, 200)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    const described = JSON.parse(
      (await rawRequest(server.endpoint, "DescribeTable", `{"TableName":"${table}"}`, agent)).body,
    );
    const count = described?.Table?.ItemCount;
    if (count !== undefined && count !== items)
      throw new Error(`DescribeTable reports ${count} items, not ${items}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const loadedRssBytes = await residentBytes(pid);
    const rawBytes = items * ITEM_BYTES;
    return {
      items,
      rawBytes,
      idleRssBytes,
      loadedRssBytes,
      growthRatio: (loadedRssBytes - idleRssBytes) / rawBytes,
      rssRatio: loadedRssBytes / rawBytes,
      loadedWith: batched ? "BatchWriteItem (25)" : "PutItem",
    };
  } finally {
    agent.destroy();
    await server.stop();
  }
}

export interface EngineOnlyResult {
  items: number;
  loadSeconds: number;
  loadRate: number;
  GetItem: { p50: number; p99: number; calls: number };
  PutItem: { p50: number; p99: number; calls: number };
  Query: { p50: number; p99: number; calls: number } | { error: string };
}

/** Runs bench/engine-only.ts in a fresh process with room for a large table. */
export function measureEngineOnly(items: number, samples: number): Promise<EngineOnlyResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "--max-old-space-size=8192",
        "--import",
        "tsx",
        join(ROOT, "bench/engine-only.ts"),
        String(items),
        String(samples),
      ],
      { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0) reject(new Error(`engine-only run exited with ${code}: ${stderr.slice(-2000)}`));
      else resolve(JSON.parse(stdout.trim().split("\n").pop()!) as EngineOnlyResult);
    });
  });
}
