import { parseArgs } from "node:util";
import type { EngineOptions } from "../engine/database.js";

export const DEFAULT_PORT = 8000;
export const DEFAULT_HOST = "127.0.0.1";

export interface ServeOptions {
  port: number;
  host: string;
  region: string | undefined;
  lifecycleDelays: EngineOptions["lifecycleDelays"];
  faults: EngineOptions["faults"];
  ttlSweepIntervalMs: number | undefined;
  /** Create every catalog table and seed it with the entries' example items (what `npm start` does). */
  catalog?: true;
}

export type ParsedServe = { help: true } | { help: false; options: ServeOptions };

/** A mistake in the command line: reported with the usage hint and exit code 2. */
export class UsageError extends Error {}

/** Parses the flags of `serve`. Throws UsageError for anything unknown or malformed. */
export function parseServeArguments(argv: string[]): ParsedServe {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: "string", short: "p" },
        host: { type: "string" },
        region: { type: "string" },
        "table-delays": { type: "string" },
        "ttl-sweep-ms": { type: "string" },
        "fault-unprocessed": { type: "string" },
        "fault-conflict": { type: "string" },
        "fault-seed": { type: "string" },
        catalog: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return { help: true };
  const host = values.host ?? DEFAULT_HOST;
  if (host.trim() === "") throw new UsageError("--host must not be empty");
  const region = values.region;
  if (region !== undefined && !/^[a-z0-9-]+$/.test(region)) {
    throw new UsageError(`--region must look like us-east-1, got '${region}'`);
  }
  return {
    help: false,
    options: {
      port: values.port === undefined ? DEFAULT_PORT : parsePort(values.port),
      host,
      region,
      lifecycleDelays:
        values["table-delays"] === undefined ? undefined : parseTableDelays(values["table-delays"]),
      faults: parseFaults(values["fault-unprocessed"], values["fault-conflict"], values["fault-seed"]),
      ttlSweepIntervalMs:
        values["ttl-sweep-ms"] === undefined
          ? undefined
          : wholeNumber("--ttl-sweep-ms", values["ttl-sweep-ms"]),
      ...(values.catalog ? { catalog: true as const } : {}),
    },
  };
}

function parseFaults(
  unprocessed: string | undefined,
  conflict: string | undefined,
  seed: string | undefined,
): EngineOptions["faults"] {
  if (unprocessed === undefined && conflict === undefined && seed === undefined) return undefined;
  const faults: NonNullable<EngineOptions["faults"]> = {};
  if (unprocessed !== undefined) faults.unprocessedFraction = fraction("--fault-unprocessed", unprocessed);
  if (conflict !== undefined) faults.transactionConflictFraction = fraction("--fault-conflict", conflict);
  if (seed !== undefined) faults.seed = wholeNumber("--fault-seed", seed);
  return faults;
}

function fraction(flag: string, text: string): number {
  const value = /^(0(\.\d+)?|1(\.0+)?|\.\d+)$/.test(text) ? Number(text) : NaN;
  if (Number.isNaN(value)) throw new UsageError(`${flag} must be a fraction from 0 to 1, got '${text}'`);
  return value;
}

function wholeNumber(flag: string, text: string): number {
  if (!/^\d{1,9}$/.test(text)) throw new UsageError(`${flag} must be a whole number, got '${text}'`);
  return Number(text);
}

function parsePort(text: string): number {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    throw new UsageError(`--port must be an integer from 0 to 65535, got '${text}'`);
  }
  return port;
}

/**
 * `--table-delays 500` holds every table in CREATING, DELETING and UPDATING for 500 ms;
 * `--table-delays create=500,delete=200,update=100` sets them one by one (unnamed ones are 0).
 */
export function parseTableDelays(text: string): NonNullable<EngineOptions["lifecycleDelays"]> {
  if (/^\d+$/.test(text)) {
    const ms = milliseconds(text, text);
    return { createMs: ms, deleteMs: ms, updateMs: ms };
  }
  const delays = { createMs: 0, deleteMs: 0, updateMs: 0 };
  const seen = new Set<string>();
  for (const part of text.split(",")) {
    const [name, value, extra] = part.split("=");
    if (name === undefined || value === undefined || extra !== undefined || seen.has(name)) {
      throw tableDelaysError(text);
    }
    seen.add(name);
    if (name === "create") delays.createMs = milliseconds(value, text);
    else if (name === "delete") delays.deleteMs = milliseconds(value, text);
    else if (name === "update") delays.updateMs = milliseconds(value, text);
    else throw tableDelaysError(text);
  }
  return delays;
}

function milliseconds(value: string, whole: string): number {
  const ms = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (Number.isNaN(ms)) throw tableDelaysError(whole);
  return ms;
}

function tableDelaysError(text: string): UsageError {
  return new UsageError(
    `--table-delays takes milliseconds (e.g. 500) or create=MS,delete=MS,update=MS, got '${text}'`,
  );
}
