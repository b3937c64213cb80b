import type { StreamSpecification, Table } from "../tables/table.js";
import type { Item } from "../values/attribute-value.js";
import { itemSize } from "../values/size.js";

export type StreamViewType = NonNullable<StreamSpecification["StreamViewType"]>;

/** Who made a change: a request, or DynamoDB itself deleting an expired item. */
export type ChangeOrigin = "request" | "timeToLive";

export type StreamEventName = "INSERT" | "MODIFY" | "REMOVE";

/** The `dynamodb` member of a stream record, as DynamoDB Streams' GetRecords returns it. */
export interface StreamRecordData {
  /** Epoch seconds, rounded down to the second. */
  ApproximateCreationDateTime: number;
  Keys: Item;
  NewImage?: Item;
  OldImage?: Item;
  SequenceNumber: string;
  SizeBytes: number;
  StreamViewType: StreamViewType;
}

/** One stream record, in the wire shape of DynamoDB Streams' GetRecords. */
export interface StreamRecord {
  eventID: string;
  eventName: StreamEventName;
  eventVersion: string;
  eventSource: "aws:dynamodb";
  awsRegion: string;
  dynamodb: StreamRecordData;
  userIdentity?: { type: "Service"; principalId: "dynamodb.amazonaws.com" };
}

/** The identity DynamoDB stamps on the REMOVE records of its own TTL deletions. */
export const TIME_TO_LIVE_IDENTITY = { type: "Service", principalId: "dynamodb.amazonaws.com" } as const;

const EVENT_VERSION = "1.1";

/** Sequence numbers are decimal strings of at least 21 digits (DynamoDB Streams' minimum length). */
export function formatSequenceNumber(sequence: number): string {
  return String(sequence).padStart(21, "0");
}

export interface RecordContext {
  table: Table;
  viewType: StreamViewType;
  region: string;
  sequence: number;
  /** Epoch milliseconds. */
  now: number;
  origin: ChangeOrigin;
}

/**
 * The record for one item change, or undefined when the change changed nothing (a put of an
 * identical item, a delete of a missing item): DynamoDB writes no record for those.
 */
export function changeRecord(
  context: RecordContext,
  previous: Item | undefined,
  next: Item | undefined,
  unchanged: (a: Item, b: Item) => boolean,
): StreamRecord | undefined {
  if (!previous && !next) return undefined;
  if (previous && next && unchanged(previous, next)) return undefined;
  const eventName: StreamEventName = !previous ? "INSERT" : !next ? "REMOVE" : "MODIFY";
  const keys = keysInSchemaOrder(context.table, (next ?? previous)!);
  const withNew = context.viewType === "NEW_IMAGE" || context.viewType === "NEW_AND_OLD_IMAGES";
  const withOld = context.viewType === "OLD_IMAGE" || context.viewType === "NEW_AND_OLD_IMAGES";
  const newImage = withNew ? next : undefined;
  const oldImage = withOld ? previous : undefined;
  let size = itemSize(keys);
  if (newImage) size += itemSize(newImage);
  if (oldImage) size += itemSize(oldImage);
  // Members in the order DynamoDB Streams writes them.
  const data: StreamRecordData = {
    ApproximateCreationDateTime: Math.floor(context.now / 1000),
    Keys: keys,
    ...(newImage ? { NewImage: newImage } : {}),
    ...(oldImage ? { OldImage: oldImage } : {}),
    SequenceNumber: formatSequenceNumber(context.sequence),
    SizeBytes: size,
    StreamViewType: context.viewType,
  };
  const record: StreamRecord = {
    eventID: globalThis.crypto.randomUUID().replaceAll("-", ""),
    eventName,
    eventVersion: EVENT_VERSION,
    eventSource: "aws:dynamodb",
    awsRegion: context.region,
    dynamodb: data,
  };
  if (context.origin === "timeToLive") record.userIdentity = { ...TIME_TO_LIVE_IDENTITY };
  return record;
}

function keysInSchemaOrder(table: Table, item: Item): Item {
  const keys: Item = {};
  const { partition, sort } = table.keySchema;
  keys[partition.name] = item[partition.name]!;
  if (sort) keys[sort.name] = item[sort.name]!;
  return keys;
}
