import type { StorageBackend } from "./storage/item-store.js";
import { MemoryStorageBackend } from "./storage/memory/memory-item-store.js";
import type { Table } from "./tables/table.js";
import { ResourceNotFoundException } from "./errors/index.js";

export interface EngineOptions {
  /** Region named in ARNs and stream records. Default `us-east-1`. */
  region?: string;
  /** Account id named in ARNs. Default `000000000000`. */
  accountId?: string;
  /** Epoch milliseconds; tests set it to make time-dependent behaviour deterministic. */
  clock?: () => number;
  storage?: StorageBackend;
  /**
   * Off by default: tables are ACTIVE the moment CreateTable answers and gone the moment
   * DeleteTable answers. On, they pass through CREATING / DELETING for these many milliseconds,
   * so code that waits on table state can be tested.
   */
  lifecycleDelays?: { createMs: number; deleteMs: number; updateMs?: number };
  /**
   * Opt-in fault injection, for testing retry code against the failures DynamoDB hands back.
   * Fractions are between 0 and 1; with `seed` the choices repeat exactly from run to run.
   */
  faults?: {
    /** Share of batch requests (BatchGetItem keys, BatchWriteItem writes) returned unprocessed. */
    unprocessedFraction?: number;
    /** Share of transactions cancelled with a TransactionConflict reason. */
    transactionConflictFraction?: number;
    seed?: number;
  };
  /** Milliseconds between background TTL sweeps; 0 or absent: no background sweeper. */
  ttlSweepIntervalMs?: number;
}

/** The engine's whole state: its tables, keyed by their case-sensitive names. */
export class Database {
  readonly tables = new Map<string, Table>();
  readonly region: string;
  readonly accountId: string;
  readonly clock: () => number;
  readonly storage: StorageBackend;
  readonly lifecycleDelays: EngineOptions["lifecycleDelays"];
  readonly faults: NonNullable<EngineOptions["faults"]>;
  readonly ttlSweepIntervalMs: number;
  /** Uniform in [0, 1): seeded when `faults.seed` is given, so injected faults are reproducible. */
  readonly random: () => number;

  constructor(options: EngineOptions = {}) {
    this.region = options.region ?? "us-east-1";
    this.accountId = options.accountId ?? "000000000000";
    this.clock = options.clock ?? Date.now;
    this.storage = options.storage ?? new MemoryStorageBackend();
    this.lifecycleDelays = options.lifecycleDelays;
    this.faults = options.faults ?? {};
    this.ttlSweepIntervalMs = options.ttlSweepIntervalMs ?? 0;
    this.random = this.faults.seed === undefined ? Math.random : seededRandom(this.faults.seed);
  }

  tableArn(name: string): string {
    return `arn:aws:dynamodb:${this.region}:${this.accountId}:table/${name}`;
  }

  /** The table a data-plane operation names; DynamoDB's answer when it does not exist. */
  requireTable(name: string): Table {
    const table = this.tables.get(name);
    if (!table || table.status === "CREATING") throw new ResourceNotFoundException();
    return table;
  }
}

/** mulberry32: a small, fast generator whose sequence depends only on the seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
