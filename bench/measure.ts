import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { summarizeLatencies } from "./stats.js";
import type { OperationRun } from "./workload.js";

export interface Sample {
  ops: number;
  errors: number;
  firstError?: string;
  opsPerSecond: number;
  /** Latencies in microseconds. */
  p50: number;
  p99: number;
}

let sequence = 0;

// `npm run bench` cannot pass --expose-gc to node; the flag still takes effect for new contexts.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/**
 * A full collection before each cell: several targets share this process, and one target's
 * garbage must not be collected on another's time.
 */
export function collectGarbage(): void {
  gc();
}

/**
 * Runs `run` from `concurrency` workers for about `durationMs` (every worker completes at least one
 * call), timing each call. Errors are counted, never retried.
 */
export async function measure(
  run: OperationRun,
  client: DynamoDBClient,
  concurrency: number,
  durationMs: number,
): Promise<Sample> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async () => {
    do {
      const before = performance.now();
      try {
        await run(client, sequence++);
      } catch (error) {
        errors++;
        firstError ??= describeError(error);
      }
      latencies.push((performance.now() - before) * 1000);
    } while (performance.now() < deadline);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsedMs = performance.now() - started;
  const summary = summarizeLatencies(latencies);
  return {
    ops: summary.count,
    errors,
    ...(firstError === undefined ? {} : { firstError }),
    opsPerSecond: (summary.count / elapsedMs) * 1000,
    p50: summary.p50,
    p99: summary.p99,
  };
}

export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const message = error.message.split("\n")[0]!.slice(0, 120);
    return error.name && error.name !== "Error" ? `${error.name}: ${message}` : message;
  }
  return String(error);
}
