import type { StreamRecord, StreamViewType } from "./stream-record.js";
import { formatSequenceNumber } from "./stream-record.js";

/** DynamoDB Streams keeps records, and a disabled stream, for 24 hours. */
export const RETENTION_MS = 24 * 60 * 60 * 1000;

/** GetRecords returns at most this many bytes of records per call. */
export const MAX_RECORDS_BYTES = 1024 * 1024;

interface StoredRecord {
  sequence: number;
  /** Epoch milliseconds. */
  createdAt: number;
  record: StreamRecord;
}

export interface StreamDefinition {
  arn: string;
  label: string;
  tableName: string;
  keySchema: { AttributeName: string; KeyType: "HASH" | "RANGE" }[];
  viewType: StreamViewType;
  /** Epoch milliseconds. */
  createdAt: number;
  /** The sequence number the stream's first record will carry. */
  startingSequence: number;
}

/**
 * One stream of one table: the records of every item change while it was enabled, in write
 * order, in a single shard. A disabled stream keeps its records readable until they age out.
 */
export class TableStream {
  readonly arn: string;
  readonly label: string;
  readonly tableName: string;
  readonly keySchema: StreamDefinition["keySchema"];
  readonly viewType: StreamViewType;
  readonly createdAt: number;
  readonly shardId: string;
  readonly startingSequence: number;
  status: "ENABLED" | "DISABLED" = "ENABLED";
  /** Epoch milliseconds when the stream was disabled (or its table deleted). */
  disabledAt: number | undefined;
  /** The highest sequence number written, or `startingSequence - 1` before the first record. */
  lastSequence: number;
  /** The highest sequence number trimmed away, or `startingSequence - 1` before any trim. */
  trimmedThrough: number;
  private readonly records: StoredRecord[] = [];
  /** Index of the oldest retained record in `records`: trimming advances it, compaction resets it. */
  private head = 0;

  constructor(definition: StreamDefinition) {
    this.arn = definition.arn;
    this.label = definition.label;
    this.tableName = definition.tableName;
    this.keySchema = definition.keySchema.map((element) => ({ ...element }));
    this.viewType = definition.viewType;
    this.createdAt = definition.createdAt;
    this.startingSequence = definition.startingSequence;
    this.lastSequence = definition.startingSequence - 1;
    this.trimmedThrough = definition.startingSequence - 1;
    this.shardId = shardIdFor(definition.arn, definition.createdAt);
  }

  get enabled(): boolean {
    return this.status === "ENABLED";
  }

  append(record: StreamRecord, sequence: number, now: number): void {
    this.records.push({ sequence, createdAt: now, record });
    this.lastSequence = sequence;
  }

  close(now: number): void {
    this.status = "DISABLED";
    this.disabledAt = now;
  }

  /** Drops the records older than the retention period. */
  trim(now: number): void {
    const oldest = now - RETENTION_MS;
    while (this.head < this.records.length && this.records[this.head]!.createdAt <= oldest) {
      this.trimmedThrough = this.records[this.head]!.sequence;
      this.head++;
    }
    if (this.head > 1024 && this.head * 2 > this.records.length) {
      this.records.splice(0, this.head);
      this.head = 0;
    }
  }

  /**
   * Records with a sequence number at or after `position`, at most `limit` of them and at most
   * `maxBytes` of record sizes (but always at least one), and the position after the last.
   */
  read(
    position: number,
    limit: number,
    maxBytes = MAX_RECORDS_BYTES,
  ): { records: StreamRecord[]; next: number } {
    const records: StreamRecord[] = [];
    let next = position;
    let bytes = 0;
    for (let index = this.firstIndexAtOrAfter(position); index < this.records.length; index++) {
      if (records.length >= limit) break;
      const stored = this.records[index]!;
      const size = stored.record.dynamodb.SizeBytes;
      if (records.length > 0 && bytes + size > maxBytes) break;
      records.push(stored.record);
      bytes += size;
      next = stored.sequence + 1;
    }
    return { records, next };
  }

  /** Whether a reader at `position` has read every record a closed shard will ever hold. */
  exhaustedAt(position: number): boolean {
    return !this.enabled && position > this.lastSequence;
  }

  /** The shard as DescribeStream lists it; a closed shard carries its last sequence number. */
  shardDescription(): Record<string, unknown> {
    const range: Record<string, string> = {
      StartingSequenceNumber: formatSequenceNumber(this.startingSequence),
    };
    if (!this.enabled) {
      range.EndingSequenceNumber = formatSequenceNumber(Math.max(this.lastSequence, this.startingSequence));
    }
    return { ShardId: this.shardId, SequenceNumberRange: range };
  }

  private firstIndexAtOrAfter(position: number): number {
    let low = this.head;
    let high = this.records.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.records[middle]!.sequence < position) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/**
 * `shardId-<20-digit creation time in ms>-<8 hex digits>`, DynamoDB Streams' shard id form,
 * derived from the stream so that it is the same on every run.
 */
function shardIdFor(arn: string, createdAt: number): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < arn.length; index++) {
    hash ^= arn.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `shardId-${String(createdAt).padStart(20, "0")}-${hash.toString(16).padStart(8, "0")}`;
}
