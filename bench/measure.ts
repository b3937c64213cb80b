import { readFileSync } from "node:fs";
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
  /**
   * CPU time per call in microseconds: this process (client, and server when it runs here) plus
   * the server's own process. Unlike wall time it barely moves when other work shares the CPUs.
   */
  cpuPerOp: number;
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
  serverPid?: number,
): Promise<Sample> {
  const latencies: number[] = [];
  const cpuBefore = process.cpuUsage();
  const serverCpuBefore = serverPid === undefined ? 0 : processCpuMicros(serverPid);
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
  const cpu = process.cpuUsage(cpuBefore);
  const serverCpu = serverPid === undefined ? 0 : processCpuMicros(serverPid) - serverCpuBefore;
  const summary = summarizeLatencies(latencies);
  return {
    ops: summary.count,
    errors,
    ...(firstError === undefined ? {} : { firstError }),
    opsPerSecond: (summary.count / elapsedMs) * 1000,
    p50: summary.p50,
    p99: summary.p99,
    cpuPerOp: (cpu.user + cpu.system + serverCpu) / summary.count,
  };
}

/** Linux's USER_HZ: /proc reports CPU time in ticks of 1/100 s on every common platform. */
const TICKS_PER_SECOND = 100;

/** User plus system CPU time of another process so far, in microseconds (Linux /proc). */
export function processCpuMicros(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1_000_000) / TICKS_PER_SECOND;
}

export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const message = error.message.split("\n")[0]!.slice(0, 120);
    return error.name && error.name !== "Error" ? `${error.name}: ${message}` : message;
  }
  return String(error);
}
