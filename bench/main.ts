import { readFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { parseArgs } from "node:util";
import {
  BatchWriteItemCommand,
  DescribeTableCommand,
  PutItemCommand,
  ResourceInUseException,
  type AttributeValue,
  type DynamoDBClient,
} from "@aws-sdk/client-dynamodb";
import { CannedResponses } from "./canned.js";
import { measureEngineOnly, measureMemory, measureStartup } from "./extras.js";
import { collectGarbage, describeError, measure } from "./measure.js";
import { renderReport, type BenchResults, type Cell } from "./report.js";
import { median } from "./stats.js";
import {
  childHttpCeiling,
  childHttpServerTarget,
  dynaliteTarget,
  dynamoDBLocalTarget,
  dynamoDBLocalUnavailable,
  httpCeiling,
  httpServerTarget,
  inProcessCeiling,
  inProcessTarget,
  recordingClient,
  type Target,
} from "./targets.js";
import { pauseProcessGroups } from "./processes.js";
import {
  createTableCommand,
  OPERATIONS as ALL_OPERATIONS,
  READ_TABLE,
  seedItems,
  WRITE_TABLE,
} from "./workload.js";

const USAGE = `usage: npm run bench -- [--quick] [--json] [--targets id,id...] [--no-extras] [--render FILE]
  --quick      short run (1 round, short cells, smaller extras): numbers are indicative only
  --json       print the results as JSON on stdout instead of the table (progress stays on stderr)
  --targets    only these engines: in-process, http, http-child, dynalite, dynamodb-local
  --operations only the operations whose names start with one of these (e.g. Scan,Query)
  --no-extras  skip startup, memory and engine-only measurements
  --rounds     rounds of cells (default 5, quick 1)
  --cell-ms    measured milliseconds per cell (default 500, quick 150)
  --render     print the table for results saved earlier with --json, without measuring
`;

const { values: flags } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    targets: { type: "string" },
    operations: { type: "string" },
    "no-extras": { type: "boolean", default: false },
    rounds: { type: "string" },
    "cell-ms": { type: "string" },
    render: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (flags.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (flags.render !== undefined) {
  process.stdout.write(`${renderReport(JSON.parse(readFileSync(flags.render, "utf8")) as BenchResults)}\n`);
  process.exit(0);
}

const quick = flags.quick;

function positiveInteger(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) {
    process.stderr.write(`--${name} must be a positive integer\n${USAGE}`);
    process.exit(2);
  }
  return value;
}
const settings = {
  quick,
  rounds: positiveInteger("rounds", flags.rounds) ?? (quick ? 1 : 5),
  durationMs: positiveInteger("cell-ms", flags["cell-ms"]) ?? (quick ? 150 : 500),
  warmupMs: quick ? 100 : 250,
  concurrency: [1, 16],
};
const extras = {
  startupRuns: quick ? 2 : 5,
  memoryItems: quick ? 20_000 : 100_000,
  engineItems: quick ? 100_000 : 1_000_000,
  engineSamples: quick ? 5_000 : 20_000,
};
const operationPrefixes = flags.operations?.split(",").map((prefix) => prefix.trim());
const OPERATIONS = ALL_OPERATIONS.filter(
  (op) => operationPrefixes === undefined || operationPrefixes.some((prefix) => op.name.startsWith(prefix)),
);
if (OPERATIONS.length === 0) {
  process.stderr.write(`--operations matches no operation\n${USAGE}`);
  process.exit(2);
}
const wanted = flags.targets?.split(",").map((id) => id.trim());
const wants = (id: string) => wanted === undefined || wanted.includes(id);

const progress = (text: string) => process.stderr.write(`${text}\n`);
const notes: string[] = [];

const startMachine = machine();

async function main(): Promise<void> {
  const engines: Target[] = [];
  const ceilings: Target[] = [];
  try {
    progress("starting targets…");
    if (wants("in-process")) engines.push(inProcessTarget());
    if (wants("http")) engines.push(await httpServerTarget());
    if (wants("dynalite")) engines.push(await dynaliteTarget());
    if (wants("http-child")) engines.push(await childHttpServerTarget());
    if (wants("dynamodb-local")) {
      const reason = dynamoDBLocalUnavailable();
      if (reason === undefined) engines.push(await dynamoDBLocalTarget());
      else notes.push(`DynamoDB Local skipped: ${reason}.`);
    }

    for (const target of engines) {
      progress(`seeding ${target.label}…`);
      await seed(target.client);
    }
    const unavailable = new Map<string, string>();
    for (const op of OPERATIONS) {
      for (const target of engines) {
        try {
          await op.check(target.client, 0);
        } catch (error) {
          unavailable.set(`${target.id}\0${op.name}`, describeError(error));
        }
      }
    }

    progress("recording canned responses for the ceilings…");
    const responses = new CannedResponses();
    const cannedSource: Record<string, string> = {};
    // Our own engine's answers first; an operation it cannot answer yet is recorded from a peer.
    const sources = [...engines].sort((a, b) => Number(b.ours) - Number(a.ours));
    for (const op of OPERATIONS) {
      const source = sources.find((t) => !unavailable.has(`${t.id}\0${op.name}`));
      if (source === undefined) continue;
      const recorder = recordingClient(source, responses);
      // The measured request first, so that it is the answer a ceiling falls back on; then the
      // check's, which may ask for more (UpdateItem's check asks for UPDATED_NEW).
      await op.run(recorder, 0);
      await op.check(recorder, 0);
      recorder.destroy();
      cannedSource[op.name] = source.label;
    }
    const transports = new Set(engines.map((t) => t.transport));
    if (transports.has("in-process")) ceilings.push(inProcessCeiling(responses));
    if (transports.has("http-same-process")) ceilings.push(await httpCeiling(responses));
    if (transports.has("http-child-process")) ceilings.push(await childHttpCeiling(responses));
    for (const op of OPERATIONS) {
      for (const target of ceilings) {
        if (cannedSource[op.name] === undefined) {
          unavailable.set(`${target.id}\0${op.name}`, "no engine answered this operation to record from");
          continue;
        }
        try {
          await op.check(target.client, 0);
        } catch (error) {
          unavailable.set(`${target.id}\0${op.name}`, describeError(error));
        }
      }
    }

    const targets = order([...engines, ...ceilings]);
    const childPids = targets.flatMap((target) => (target.pid === undefined ? [] : [target.pid]));
    const samples = new Map<string, Cell & { runs: Awaited<ReturnType<typeof measure>>[] }>();
    const warmed = new Set<string>();
    for (let round = 0; round < settings.rounds; round++) {
      for (const concurrency of settings.concurrency) {
        for (const op of OPERATIONS) {
          progress(`round ${round + 1}/${settings.rounds}, concurrency ${concurrency}: ${op.name}`);
          const rotation = (round + OPERATIONS.indexOf(op)) % targets.length;
          for (const target of [...targets.slice(rotation), ...targets.slice(0, rotation)]) {
            const key = `${target.id}\0${op.name}\0${concurrency}`;
            let cell = samples.get(key);
            if (cell === undefined) {
              cell = { target: target.id, operation: op.name, concurrency, runs: [] };
              samples.set(key, cell);
            }
            const reason = unavailable.get(`${target.id}\0${op.name}`);
            if (reason !== undefined) {
              cell.unavailable = reason;
              continue;
            }
            // One warm-up per target and operation: the code paths are the same at any concurrency,
            // and a 16-way warm-up of a slow Scan would cost half a minute.
            const warmKey = `${target.id}\0${op.name}`;
            const others = childPids.filter((pid) => pid !== target.pid);
            pauseProcessGroups(others, true);
            try {
              if (!warmed.has(warmKey)) {
                await measure(op.run, target.client, concurrency, settings.warmupMs, target.pid);
                warmed.add(warmKey);
              }
              collectGarbage();
              cell.runs.push(
                await measure(op.run, target.client, concurrency, settings.durationMs, target.pid),
              );
            } finally {
              pauseProcessGroups(others, false);
            }
          }
        }
      }
    }
    const cells: Cell[] = [...samples.values()].map(({ runs, ...cell }) => {
      if (runs.length === 0) return cell;
      const firstError = runs.find((run) => run.firstError !== undefined)?.firstError;
      return {
        ...cell,
        rounds: runs.length,
        opsPerSecond: median(runs.map((run) => run.opsPerSecond)),
        p50: median(runs.map((run) => run.p50)),
        p99: median(runs.map((run) => run.p99)),
        cpuPerOp: median(runs.map((run) => run.cpuPerOp)),
        errors: runs.reduce((sum, run) => sum + run.errors, 0),
        ...(firstError === undefined ? {} : { firstError }),
      };
    });

    for (const target of [...ceilings, ...engines].reverse()) await target.close();
    ceilings.length = engines.length = 0;

    const loadAfter = loadavg()[0]!;
    const results: BenchResults = {
      date: new Date().toISOString(),
      machine: { ...startMachine, loadAverageAfter: loadAfter },
      settings,
      notes,
      targets: targets.map(({ id, label, transport, ceiling, ours }) => ({
        id,
        label,
        transport,
        ceiling,
        ours,
      })),
      operations: OPERATIONS.map(({ name, kind }) => ({ name, kind })),
      cells,
      cannedSource,
    };

    if (!flags["no-extras"]) {
      progress("startup…");
      results.startup = await measureStartup(extras.startupRuns);
      progress("memory…");
      results.memory = await measureMemory(extras.memoryItems);
      progress(`engine alone on ${extras.engineItems.toLocaleString("en-US")} items…`);
      results.engineOnly = await measureEngineOnly(extras.engineItems, extras.engineSamples);
    }

    process.stdout.write(flags.json ? `${JSON.stringify(results, null, 2)}\n` : `${renderReport(results)}\n`);
  } finally {
    for (const target of [...ceilings, ...engines].reverse()) await target.close().catch(() => undefined);
  }
}

/** Columns: each ceiling just before the engines it bounds, our engines before their peers. */
function order(targets: Target[]): Target[] {
  const rank = [
    "in-process-ceiling",
    "in-process",
    "http-ceiling",
    "http",
    "dynalite",
    "http-child-ceiling",
    "http-child",
    "dynamodb-local",
  ];
  return [...targets].sort((a, b) => rank.indexOf(a.id) - rank.indexOf(b.id));
}

async function seed(client: DynamoDBClient): Promise<void> {
  for (const table of [READ_TABLE, WRITE_TABLE]) {
    try {
      await client.send(createTableCommand(table));
    } catch (error) {
      if (!(error instanceof ResourceInUseException)) throw error;
    }
    for (let attempt = 0; ; attempt++) {
      const { Table } = await client.send(new DescribeTableCommand({ TableName: table }));
      if (Table?.TableStatus === "ACTIVE") break;
      if (attempt > 600) throw new Error(`${table} never became ACTIVE`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const items = [...seedItems()];
  let batched = true;
  try {
    await client.send(
      new BatchWriteItemCommand({
        RequestItems: { [items[0]!.table]: [{ PutRequest: { Item: items[0]!.item } }] },
      }),
    );
  } catch {
    batched = false;
  }
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      if (batched) {
        const batch: Record<string, { PutRequest: { Item: Record<string, AttributeValue> } }[]> = {};
        for (let n = 0; n < 25 && next < items.length; n++) {
          const { table, item } = items[next++]!;
          (batch[table] ??= []).push({ PutRequest: { Item: item } });
        }
        let pending: typeof batch | undefined = batch;
        while (pending && Object.keys(pending).length > 0) {
          const output = await client.send(new BatchWriteItemCommand({ RequestItems: pending }));
          pending = output.UnprocessedItems as typeof batch | undefined;
        }
      } else {
        const { table, item } = items[next++]!;
        await client.send(new PutItemCommand({ TableName: table, Item: item }));
      }
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
}

function machine(): BenchResults["machine"] {
  let cpuModel = cpus()[0]?.model ?? "unknown";
  try {
    cpuModel = /model name\s*:\s*(.+)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? cpuModel;
  } catch {
    // Not Linux: keep what os.cpus() says.
  }
  return {
    cpus: cpus().length,
    cpuModel,
    memoryGiB: totalmem() / 1024 ** 3,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: loadavg()[0]!,
  };
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
