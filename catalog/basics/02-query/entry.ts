import type { CatalogEntry } from "../../../src/catalog/entry.js";
import type { DataModel } from "../../../src/modeling/model.js";

const reading = (
  deviceId: string,
  recordedAt: string,
  temperature: number,
  humidity: number,
  battery: number,
) => ({
  deviceId,
  recordedAt,
  temperature,
  humidity,
  battery,
});

const model: DataModel = {
  tables: [
    {
      name: "DeviceReadings",
      partitionKey: { name: "PK", type: "S" },
      sortKey: { name: "SK", type: "S" },
      billing: { mode: "PAY_PER_REQUEST" },
    },
  ],
  entities: [
    {
      name: "Reading",
      description: "One sensor reading; a device's readings form one item collection in time order.",
      table: "DeviceReadings",
      keys: { PK: "DEVICE#{deviceId}", SK: "READING#{recordedAt}" },
      attributes: {
        deviceId: { kind: "string", required: true },
        recordedAt: { kind: "string", required: true, description: "ISO-8601 UTC, fixed width" },
        temperature: { kind: "number", required: true, description: "°C" },
        humidity: { kind: "number", required: true, description: "% relative" },
        battery: { kind: "number", required: true, description: "% charge" },
      },
      examples: [
        reading("thermo-kitchen", "2026-03-01T06:00:00Z", 18.5, 41, 97),
        reading("thermo-kitchen", "2026-03-01T09:00:00Z", 21, 45, 97),
        reading("thermo-kitchen", "2026-03-01T12:00:00Z", 26.5, 38, 96),
        reading("thermo-kitchen", "2026-03-01T15:00:00Z", 27.2, 35, 96),
        reading("thermo-kitchen", "2026-03-01T18:00:00Z", 24.8, 44, 95),
        reading("thermo-kitchen", "2026-03-01T21:00:00Z", 20.1, 48, 95),
        reading("thermo-kitchen", "2026-03-02T06:00:00Z", 17.9, 50, 94),
        reading("thermo-kitchen", "2026-03-02T09:00:00Z", 20.6, 47, 94),
        reading("thermo-kitchen", "2026-03-02T12:00:00Z", 25.9, 40, 93),
        reading("thermo-kitchen", "2026-03-02T15:00:00Z", 23.4, 42, 93),
        reading("thermo-garage", "2026-03-01T06:00:00Z", 8.2, 70, 81),
        reading("thermo-garage", "2026-03-01T12:00:00Z", 12.5, 66, 80),
        reading("thermo-garage", "2026-03-01T18:00:00Z", 9.9, 69, 80),
      ],
    },
  ],
  accessPatterns: [
    {
      id: "getReadingAt",
      name: "The reading taken at an exact moment",
      operation: "Query",
      table: "DeviceReadings",
      entities: ["Reading"],
      key: { partition: "DEVICE#{deviceId}", sort: { operator: "=", value: "READING#{recordedAt}" } },
      parameters: { deviceId: "thermo-kitchen", recordedAt: "2026-03-01T12:00:00Z" },
    },
    {
      id: "readingsBefore",
      name: "The last N readings before a moment, newest first",
      operation: "Query",
      table: "DeviceReadings",
      entities: ["Reading"],
      key: { partition: "DEVICE#{deviceId}", sort: { operator: "<", value: "READING#{before}" } },
      scanIndexForward: false,
      parameters: { deviceId: "thermo-kitchen", before: "2026-03-01T15:00:00Z", count: 2 },
      notes: "Limit N.",
    },
    {
      id: "readingInEffectAt",
      name: "The reading in effect at a moment (the last one at or before it)",
      operation: "Query",
      table: "DeviceReadings",
      entities: ["Reading"],
      key: { partition: "DEVICE#{deviceId}", sort: { operator: "<=", value: "READING#{at}" } },
      scanIndexForward: false,
      parameters: { deviceId: "thermo-kitchen", at: "2026-03-01T13:30:00Z" },
      notes: "Limit 1.",
    },
    {
      id: "readingsAfter",
      name: "Readings newer than the last one a client has (incremental sync)",
      operation: "Query",
      table: "DeviceReadings",
      entities: ["Reading"],
      key: { partition: "DEVICE#{deviceId}", sort: { operator: ">", value: "READING#{after}" } },
      parameters: { deviceId: "thermo-kitchen", after: "2026-03-02T06:00:00Z" },
    },
    {
      id: "readingsSince",
      name: "Readings from a moment on, inclusive",
      operation: "Query",
      table: "DeviceReadings",
      entities: ["Reading"],
      key: { partition: "DEVICE#{deviceId}", sort: { operator: ">=", value: "READING#{since}" } },
      parameters: { deviceId: "thermo-kitchen", since: "2026-03-02T09:00:00Z" },
    },
    {
      id: "readingsBetween",
      name: "Readings in a time window, both ends inclusive",
      operation: "Query",
      table: "DeviceReadings",
      entities: ["Reading"],
      key: {
        partition: "DEVICE#{deviceId}",
        sort: { operator: "BETWEEN", low: "READING#{from}", high: "READING#{to}" },
      },
      parameters: { deviceId: "thermo-kitchen", from: "2026-03-01T18:00:00Z", to: "2026-03-02T09:00:00Z" },
    },
    {
      id: "readingsOnDay",
      name: "A device's readings on one day",
      operation: "Query",
      table: "DeviceReadings",
      entities: ["Reading"],
      key: { partition: "DEVICE#{deviceId}", sort: { operator: "begins_with", value: "READING#{day}" } },
      parameters: { deviceId: "thermo-garage", day: "2026-03-01" },
    },
    {
      id: "latestReadings",
      name: "The newest N readings of a device",
      operation: "Query",
      table: "DeviceReadings",
      entities: ["Reading"],
      key: { partition: "DEVICE#{deviceId}" },
      scanIndexForward: false,
      parameters: { deviceId: "thermo-kitchen", count: 3 },
      notes: "Limit N.",
    },
    {
      id: "listReadingsPage",
      name: "Page through a device's history in an API, newest first",
      operation: "Query",
      table: "DeviceReadings",
      entities: ["Reading"],
      key: { partition: "DEVICE#{deviceId}", sort: { operator: "begins_with", value: "READING#" } },
      scanIndexForward: false,
      parameters: { deviceId: "thermo-kitchen", pageSize: 4 },
      notes: "Limit pageSize; LastEvaluatedKey travels as a signed opaque cursor.",
    },
    {
      id: "hotReadings",
      name: "A day's readings above a temperature",
      operation: "Query",
      table: "DeviceReadings",
      entities: ["Reading"],
      key: { partition: "DEVICE#{deviceId}", sort: { operator: "begins_with", value: "READING#{day}" } },
      filter: "temperature > :threshold",
      parameters: { deviceId: "thermo-kitchen", day: "2026-03-01", threshold: 25 },
      notes: "Billed for every reading of the day, not just the hot ones.",
    },
    {
      id: "temperatureSeries",
      name: "A day's temperatures for a chart",
      operation: "Query",
      table: "DeviceReadings",
      entities: ["Reading"],
      key: { partition: "DEVICE#{deviceId}", sort: { operator: "begins_with", value: "READING#{day}" } },
      parameters: { deviceId: "thermo-kitchen", day: "2026-03-02" },
      notes: "ProjectionExpression recordedAt, temperature.",
    },
    {
      id: "countReadingsOnDay",
      name: "How many readings a device sent on a day",
      operation: "Query",
      table: "DeviceReadings",
      entities: ["Reading"],
      key: { partition: "DEVICE#{deviceId}", sort: { operator: "begins_with", value: "READING#{day}" } },
      parameters: { deviceId: "thermo-kitchen", day: "2026-03-01" },
      notes: 'Select "COUNT", summed over pages.',
    },
  ],
};

export const entry: CatalogEntry = {
  id: "02-query",
  section: "basics",
  title: "Query operations",
  summary:
    "Query a partition by every sort-key condition, in both directions, with Limit, paginators, signed opaque cursors, filters (and why they do not save capacity), projections and counts.",
  problem: `Thermostats report a reading every few hours (every minute, in production), and the
application asks time questions about one device at a time: the latest readings, the reading in
effect at 13:30, everything since the client last synced, one day for a chart, the hot moments of
a day, a page of history for a public API.

In SQL this is one table with an index on \`(device_id, recorded_at)\` and a \`WHERE ... ORDER
BY ... LIMIT\`. In DynamoDB the index *is* the primary key: the partition key groups a device's
readings (\`DEVICE#<deviceId>\`), the sort key orders them (\`READING#<recordedAt>\`), and Query
reads one contiguous, sorted slice of that partition. A Query must name exactly one partition key
value, may put one condition on the sort key (\`=\`, \`<\`, \`<=\`, \`>\`, \`>=\`, \`BETWEEN\`,
\`begins_with\`), reads forwards or backwards, and returns at most 1 MB per call, continuing from
\`LastEvaluatedKey\`. Everything else (filters, projections, counts) happens *after* that slice
is read, and this entry shows what that means for cost.`,
  model,
  codeExamples: [
    { title: "= on the sort key", file: "readings.ts", region: "getReadingAt" },
    { title: "< with descending order and Limit", file: "readings.ts", region: "readingsBefore" },
    { title: "<= with Limit 1: the value at a moment", file: "readings.ts", region: "readingInEffectAt" },
    { title: "> for incremental sync, through the paginator", file: "readings.ts", region: "readingsAfter" },
    { title: ">=", file: "readings.ts", region: "readingsSince" },
    { title: "BETWEEN", file: "readings.ts", region: "readingsBetween" },
    { title: "begins_with on a timestamp prefix", file: "readings.ts", region: "readingsOnDay" },
    { title: "The newest N", file: "readings.ts", region: "latestReadings" },
    {
      title: "Paging an API with a signed cursor",
      file: "readings.ts",
      region: "listReadingsPage",
      description:
        "The cursor format and its checks are in `cursor.ts`: base64url JSON of the key plus an HMAC-SHA256, compared in constant time, then checked against the partition the request may read.",
    },
    { title: "Filters cost the same as no filter", file: "readings.ts", region: "hotReadings" },
    { title: "Projection", file: "readings.ts", region: "temperatureSeries" },
    { title: "Counting", file: "readings.ts", region: "countReadings" },
  ],
  rationale: `**What it optimises.** A Query costs what it *reads*, and the key design makes it read
only the items asked for: DynamoDB finds the partition by hashing \`PK\`, seeks to the first
matching \`SK\` and reads forward (or backward) until the condition, the Limit or 1 MB stops it.
Latency and cost depend on the size of the answer, not of the table. Fixed-width ISO-8601 UTC
timestamps sort as text in time order, so every calendar period is a \`begins_with\` prefix and
every window a \`BETWEEN\`.

**What it costs.** The read units of a Query are the total size of the items it read, rounded
up once to the next 4 KB (not per item), halved for eventually consistent reads:

| Query (items of ≈ 138 bytes as seeded here) | Items read | Cost |
| --- | --- | --- |
| One day of the kitchen thermostat (6 items, 828 bytes) | 6 | 0.5 RCU |
| The same day with \`temperature > 25\` (2 returned) | 6 | 0.5 RCU |
| The same day with \`Select: "COUNT"\` | 6 | 0.5 RCU |
| The newest reading (\`Limit: 1\`, descending) | 1 | 0.5 RCU |
| One day at one reading a minute (1,440 items, ≈ 194 KB) | 1,440 | 24.5 RCU (49 with \`ConsistentRead\`) |
| One year at one reading a minute (≈ 69 MB) | 525,600 | 70 pages of 1 MB, ≈ 8,900 RCU |

A **FilterExpression** is applied after the read: ScannedCount counts what was read and billed,
Count what survived. A filter that drops 99% of the items still pays for 100%, and because the
1 MB page limit applies before the filter, pages can come back nearly empty, or entirely empty
with a LastEvaluatedKey, which is why the code always follows the paginator rather than stopping
at the first short page. \`Limit\` also counts items *read*, not returned, so "10 hot readings"
is not \`Limit: 10\` plus a filter. A **ProjectionExpression** and \`Select: "COUNT"\` likewise
cut the response, never the bill. When a filter is the main question, make it a key: a sparse
index holding only the hot readings (entry 04) costs only what it returns.

**Paging.** A page ends at \`Limit\` items or 1 MB read; \`LastEvaluatedKey\` is then the key of
the last item read, and passing it as \`ExclusiveStartKey\` continues right after it. Its
absence is the only sign of the end: when a page ends exactly on the last item, DynamoDB still
returns a LastEvaluatedKey and the next page is empty: one more round trip that returns nothing.
Paging is key-based, so it never skips or repeats items when others are written meanwhile, and
page 50 costs the same as page 1 (unlike SQL's \`OFFSET\`); there is no "jump to page 50". Never hand the raw key to API clients: it
exposes the key design and lets a client start in another tenant's partition. The signed cursor
here refuses any key it did not issue, and any key outside the caller's partition.

**Limits.** One Query reads one partition key value. A partition sustains about 3,000 RCU and
1,000 WCU per second: one device writing once a second uses 1 WCU/s, so per-device partitions
scale with the number of devices, while a single partition for "all readings" would be a hot
spot. An item collection without a local index has no size limit, but an ever-growing history
makes "everything" queries ever more expensive: bound them by time, expire old readings with TTL,
or add the month to the partition key (\`DEVICE#k#2026-03\`) when one device writes a lot.

**When not to use it.** \`<\`, \`<=\`, \`>\` and \`>=\` are safe here because this partition
holds only readings. Once other entity types share a device's partition (its metadata, alerts),
an open-ended condition runs into them: bound both ends with \`BETWEEN\` or \`begins_with\` on the
type prefix. Questions across devices ("every device above 30 °C now") are not a Query on this
table: they need a GSI keyed on what is asked (entry 04), or, for analytics, an export to S3
rather than a Scan (entry 03).`,
};
