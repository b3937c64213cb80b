import type { Database } from "../database.js";
import type { StoredItem } from "../storage/item-store.js";
import { streamLabel } from "../tables/table-description.js";
import type { Table } from "../tables/table.js";
import { attributeValuesEqual } from "../values/compare.js";
import type { Item } from "../values/attribute-value.js";
import { changeRecord, type ChangeOrigin, type StreamViewType } from "./stream-record.js";
import { StreamSubscriptions } from "./subscriptions.js";
import { RETENTION_MS, TableStream } from "./table-stream.js";

/**
 * Every stream of one database, current and past (a disabled stream, or the stream of a deleted
 * table, stays readable for 24 hours), in the order they were created, plus the in-process
 * subscribers. Sequence numbers come from one counter, so they increase across all streams.
 */
export class StreamRegistry {
  readonly streams: TableStream[] = [];
  readonly byArn = new Map<string, TableStream>();
  readonly subscriptions = new StreamSubscriptions();
  private sequence = 0;

  constructor(
    readonly clock: () => number,
    readonly region: string,
  ) {}

  nextSequence(): number {
    return ++this.sequence;
  }

  get upcomingSequence(): number {
    return this.sequence + 1;
  }

  /** Trims every stream to its retention period and forgets streams disabled over 24 hours ago. */
  expire(now: number): void {
    let kept = 0;
    for (const stream of this.streams) {
      if (stream.disabledAt !== undefined && stream.disabledAt + RETENTION_MS <= now) {
        this.byArn.delete(stream.arn);
        continue;
      }
      stream.trim(now);
      this.streams[kept++] = stream;
    }
    this.streams.length = kept;
  }
}

const registries = new WeakMap<Database, StreamRegistry>();

/** The stream each table currently writes to, with the registry it belongs to. */
const currentStreams = new WeakMap<Table, { stream: TableStream; registry: StreamRegistry }>();

export function streamRegistryOf(db: Database): StreamRegistry {
  let registry = registries.get(db);
  if (!registry) registries.set(db, (registry = new StreamRegistry(db.clock, db.region)));
  return registry;
}

/**
 * Starts a new stream for the table and returns its label. Every enable makes a new stream with
 * its own ARN; should two enables fall in the same millisecond, the later label moves forward so
 * that no two streams share an ARN.
 */
export function openStream(db: Database, table: Table, viewType: StreamViewType): string {
  const registry = streamRegistryOf(db);
  const now = db.clock();
  closeStream(db, table);
  let createdAt = now;
  let label = streamLabel(createdAt);
  while (registry.byArn.has(`${table.arn}/stream/${label}`)) label = streamLabel(++createdAt);
  const stream = new TableStream({
    arn: `${table.arn}/stream/${label}`,
    label,
    tableName: table.name,
    keySchema: table.declaredKeySchema,
    viewType,
    createdAt,
    startingSequence: registry.upcomingSequence,
  });
  registry.streams.push(stream);
  registry.byArn.set(stream.arn, stream);
  currentStreams.set(table, { stream, registry });
  return label;
}

/** Stops the table's stream (UpdateTable disabling it, or DeleteTable); its records stay readable. */
export function closeStream(db: Database, table: Table): void {
  const current = currentStreams.get(table);
  if (!current) return;
  current.stream.close(db.clock());
  currentStreams.delete(table);
}

/** The stream the table writes to now, if it has one enabled. */
export function currentStreamOf(table: Table): TableStream | undefined {
  return currentStreams.get(table)?.stream;
}

/**
 * Writes the record of one item change to the table's stream, in the same synchronous step as
 * the change itself, and queues it for in-process subscribers (who get it only after the step).
 */
export function recordItemChange(
  table: Table,
  previous: StoredItem | undefined,
  next: StoredItem | undefined,
  origin: ChangeOrigin,
): void {
  const current = currentStreams.get(table);
  if (!current) return;
  const { stream, registry } = current;
  const now = registry.clock();
  const sequence = registry.upcomingSequence;
  const record = changeRecord(
    { table, viewType: stream.viewType, region: registry.region, sequence, now, origin },
    previous?.item,
    next?.item,
    sameItem,
  );
  if (!record) return;
  registry.nextSequence();
  stream.trim(now);
  stream.append(record, sequence, now);
  if (registry.subscriptions.has(table.name)) registry.subscriptions.publish(table.name, stream.arn, record);
}

function sameItem(a: Item, b: Item): boolean {
  if (a === b) return true;
  let count = 0;
  for (const name in a) {
    const other = b[name];
    if (other === undefined || !attributeValuesEqual(a[name]!, other)) return false;
    count++;
  }
  for (const _name in b) count--;
  return count === 0;
}
