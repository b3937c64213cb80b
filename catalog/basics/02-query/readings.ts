import {
  paginateQuery,
  QueryCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from "@aws-sdk/lib-dynamodb";
import { decodeCursor, encodeCursor, type PageKey } from "./cursor.js";

/**
 * One sensor reading. Stored with PK = `DEVICE#<deviceId>` and SK = `READING#<recordedAt>`
 * (ISO-8601 UTC, fixed width), so a device's readings sit in one partition in time order and
 * every time-range question is a range of sort keys.
 */
export interface Reading {
  deviceId: string;
  recordedAt: string;
  temperature: number;
  humidity: number;
  battery: number;
}

type StoredReading = Reading & { PK: string; SK: string };

const partitionOf = (deviceId: string) => `DEVICE#${deviceId}`;
const sortKeyOf = (recordedAt: string) => `READING#${recordedAt}`;

function withoutKeys(items: Record<string, unknown>[] | undefined): Reading[] {
  return (items ?? []).map((item) => {
    const { PK: _pk, SK: _sk, ...reading } = item as unknown as StoredReading;
    return reading;
  });
}

/**
 * Every page of a Query, through the SDK's paginator: one Query returns at most 1 MB (before any
 * filter), and the paginator follows LastEvaluatedKey until there is none.
 */
async function queryAll(db: DynamoDBDocumentClient, input: QueryCommandInput): Promise<Reading[]> {
  const readings: Reading[] = [];
  for await (const page of paginateQuery({ client: db }, input)) readings.push(...withoutKeys(page.Items));
  return readings;
}

// #region getReadingAt
/**
 * `=` on the sort key names one item, exactly as GetItem would and at the same cost; Query returns
 * it as a list of at most one. Prefer GetItem for a single item; the `=` form matters when it is
 * combined with a filter or a projection shared with the other range queries.
 */
export async function getReadingAt(
  db: DynamoDBDocumentClient,
  tableName: string,
  deviceId: string,
  recordedAt: string,
): Promise<Reading | undefined> {
  const { Items } = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: "PK = :pk AND SK = :sk",
      ExpressionAttributeValues: { ":pk": partitionOf(deviceId), ":sk": sortKeyOf(recordedAt) },
    }),
  );
  return withoutKeys(Items)[0];
}
// #endregion getReadingAt

// #region readingsBefore
/** `<`: the `count` readings just before a moment, newest first (context before an incident). */
export async function readingsBefore(
  db: DynamoDBDocumentClient,
  tableName: string,
  deviceId: string,
  before: string,
  count: number,
): Promise<Reading[]> {
  const { Items } = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: "PK = :pk AND SK < :before",
      ExpressionAttributeValues: { ":pk": partitionOf(deviceId), ":before": sortKeyOf(before) },
      ScanIndexForward: false,
      Limit: count,
    }),
  );
  return withoutKeys(Items);
}
// #endregion readingsBefore

// #region readingInEffectAt
/**
 * `<=` with `Limit: 1`, newest first: the reading in effect at a moment, i.e. the last one taken
 * at or before it. One item read, 0.5 RCU, however long the device's history.
 */
export async function readingInEffectAt(
  db: DynamoDBDocumentClient,
  tableName: string,
  deviceId: string,
  at: string,
): Promise<Reading | undefined> {
  const { Items } = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: "PK = :pk AND SK <= :at",
      ExpressionAttributeValues: { ":pk": partitionOf(deviceId), ":at": sortKeyOf(at) },
      ScanIndexForward: false,
      Limit: 1,
    }),
  );
  return withoutKeys(Items)[0];
}
// #endregion readingInEffectAt

// #region readingsAfter
/**
 * `>`: everything newer than the last reading a client already has, oldest first (incremental
 * sync). Exclusive, so the client's last reading is not sent twice.
 */
export async function readingsAfter(
  db: DynamoDBDocumentClient,
  tableName: string,
  deviceId: string,
  after: string,
): Promise<Reading[]> {
  return queryAll(db, {
    TableName: tableName,
    KeyConditionExpression: "PK = :pk AND SK > :after",
    ExpressionAttributeValues: { ":pk": partitionOf(deviceId), ":after": sortKeyOf(after) },
  });
}
// #endregion readingsAfter

// #region readingsSince
/** `>=`: readings from a moment on, inclusive (e.g. since midnight), oldest first. */
export async function readingsSince(
  db: DynamoDBDocumentClient,
  tableName: string,
  deviceId: string,
  since: string,
): Promise<Reading[]> {
  return queryAll(db, {
    TableName: tableName,
    KeyConditionExpression: "PK = :pk AND SK >= :since",
    ExpressionAttributeValues: { ":pk": partitionOf(deviceId), ":since": sortKeyOf(since) },
  });
}
// #endregion readingsSince

// #region readingsBetween
/** BETWEEN: both bounds inclusive; the low bound must not sort above the high one. */
export async function readingsBetween(
  db: DynamoDBDocumentClient,
  tableName: string,
  deviceId: string,
  from: string,
  to: string,
): Promise<Reading[]> {
  return queryAll(db, {
    TableName: tableName,
    KeyConditionExpression: "PK = :pk AND SK BETWEEN :from AND :to",
    ExpressionAttributeValues: {
      ":pk": partitionOf(deviceId),
      ":from": sortKeyOf(from),
      ":to": sortKeyOf(to),
    },
  });
}
// #endregion readingsBetween

// #region readingsOnDay
/**
 * begins_with: a fixed-width ISO timestamp makes every calendar period a prefix, `2026-03` a
 * month, `2026-03-01` a day, `2026-03-01T09` an hour.
 */
export async function readingsOnDay(
  db: DynamoDBDocumentClient,
  tableName: string,
  deviceId: string,
  day: string,
  options: { newestFirst?: boolean } = {},
): Promise<Reading[]> {
  return queryAll(db, {
    TableName: tableName,
    KeyConditionExpression: "PK = :pk AND begins_with(SK, :day)",
    ExpressionAttributeValues: { ":pk": partitionOf(deviceId), ":day": sortKeyOf(day) },
    ScanIndexForward: !options.newestFirst,
  });
}
// #endregion readingsOnDay

// #region listReadingsPage
export interface ReadingsPage {
  readings: Reading[];
  /** Present when DynamoDB stopped at the page size; the next page may still turn out empty. */
  nextCursor?: string;
}

/**
 * One page of a device's history, newest first, for a public API. LastEvaluatedKey leaves as a
 * signed opaque cursor and comes back checked: a cursor for another device, or altered in any
 * way, is refused (InvalidCursorError) before DynamoDB is asked anything.
 */
export async function listReadingsPage(
  db: DynamoDBDocumentClient,
  tableName: string,
  request: { deviceId: string; pageSize: number; cursor?: string; cursorSecret: string | Uint8Array },
): Promise<ReadingsPage> {
  const pk = partitionOf(request.deviceId);
  const exclusiveStartKey =
    request.cursor === undefined
      ? undefined
      : decodeCursor(request.cursor, request.cursorSecret, {
          keyAttributes: ["PK", "SK"],
          expected: { PK: pk },
        });
  const { Items, LastEvaluatedKey } = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: "PK = :pk AND begins_with(SK, :reading)",
      ExpressionAttributeValues: { ":pk": pk, ":reading": "READING#" },
      ScanIndexForward: false,
      Limit: request.pageSize,
      ExclusiveStartKey: exclusiveStartKey,
    }),
  );
  const page: ReadingsPage = { readings: withoutKeys(Items) };
  if (LastEvaluatedKey) page.nextCursor = encodeCursor(LastEvaluatedKey as PageKey, request.cursorSecret);
  return page;
}
// #endregion listReadingsPage

// #region hotReadings
export interface FilteredResult {
  readings: Reading[];
  /** Items the key condition matched and DynamoDB read (and billed). */
  scannedCount: number;
  /** Items left after the filter. */
  count: number;
  capacityUnits: number;
}

/**
 * A FilterExpression runs after the items are read: the day's readings are all read and billed,
 * then those at or below the threshold are dropped before the response. It saves bandwidth, not
 * capacity. When the filter is a frequent question, put the value in a key instead (an index
 * keyed on the alert state, entry 04).
 */
export async function hotReadings(
  db: DynamoDBDocumentClient,
  tableName: string,
  deviceId: string,
  day: string,
  threshold: number,
): Promise<FilteredResult> {
  const result: FilteredResult = { readings: [], scannedCount: 0, count: 0, capacityUnits: 0 };
  const pages = paginateQuery(
    { client: db },
    {
      TableName: tableName,
      KeyConditionExpression: "PK = :pk AND begins_with(SK, :day)",
      FilterExpression: "temperature > :threshold",
      ExpressionAttributeValues: {
        ":pk": partitionOf(deviceId),
        ":day": sortKeyOf(day),
        ":threshold": threshold,
      },
      ReturnConsumedCapacity: "TOTAL",
    },
  );
  for await (const page of pages) {
    result.readings.push(...withoutKeys(page.Items));
    result.scannedCount += page.ScannedCount ?? 0;
    result.count += page.Count ?? 0;
    result.capacityUnits += page.ConsumedCapacity?.CapacityUnits ?? 0;
  }
  return result;
}
// #endregion hotReadings

// #region temperatureSeries
/**
 * A ProjectionExpression trims the response to the attributes a chart needs. Like a filter it
 * runs after the read: the whole items are billed. It saves bandwidth and memory only.
 */
export async function temperatureSeries(
  db: DynamoDBDocumentClient,
  tableName: string,
  deviceId: string,
  day: string,
): Promise<{ recordedAt: string; temperature: number }[]> {
  const series: { recordedAt: string; temperature: number }[] = [];
  const pages = paginateQuery(
    { client: db },
    {
      TableName: tableName,
      KeyConditionExpression: "PK = :pk AND begins_with(SK, :day)",
      ProjectionExpression: "recordedAt, temperature",
      ExpressionAttributeValues: { ":pk": partitionOf(deviceId), ":day": sortKeyOf(day) },
    },
  );
  for await (const page of pages) series.push(...((page.Items ?? []) as typeof series));
  return series;
}
// #endregion temperatureSeries

// #region countReadings
/**
 * `Select: "COUNT"` returns the number of matching items and no items. DynamoDB still reads (and
 * bills) them all, and still stops each page at 1 MB read, so a count must follow
 * LastEvaluatedKey like any other query and add up the pages' counts.
 */
export async function countReadingsOnDay(
  db: DynamoDBDocumentClient,
  tableName: string,
  deviceId: string,
  day: string,
): Promise<number> {
  let count = 0;
  const pages = paginateQuery(
    { client: db },
    {
      TableName: tableName,
      KeyConditionExpression: "PK = :pk AND begins_with(SK, :day)",
      ExpressionAttributeValues: { ":pk": partitionOf(deviceId), ":day": sortKeyOf(day) },
      Select: "COUNT",
    },
  );
  for await (const page of pages) count += page.Count ?? 0;
  return count;
}
// #endregion countReadings

// #region latestReadings
/** Descending order plus Limit: the newest `count` readings, reading only those items. */
export async function latestReadings(
  db: DynamoDBDocumentClient,
  tableName: string,
  deviceId: string,
  count: number,
): Promise<Reading[]> {
  const { Items } = await db.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: "PK = :pk",
      ExpressionAttributeValues: { ":pk": partitionOf(deviceId) },
      ScanIndexForward: false,
      Limit: count,
    }),
  );
  return withoutKeys(Items);
}
// #endregion latestReadings
