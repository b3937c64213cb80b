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
}

/** The engine's whole state: its tables, keyed by their case-sensitive names. */
export class Database {
  readonly tables = new Map<string, Table>();
  readonly region: string;
  readonly accountId: string;
  readonly clock: () => number;
  readonly storage: StorageBackend;
  readonly lifecycleDelays: EngineOptions["lifecycleDelays"];

  constructor(options: EngineOptions = {}) {
    this.region = options.region ?? "us-east-1";
    this.accountId = options.accountId ?? "000000000000";
    this.clock = options.clock ?? Date.now;
    this.storage = options.storage ?? new MemoryStorageBackend();
    this.lifecycleDelays = options.lifecycleDelays;
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
