import type { WireResponse } from "./types.js";

/**
 * Members whose values legitimately differ between two correct servers: creation and
 * capacity-change and stream-creation instants, and TableId, which DynamoDB Local does not send. WarmThroughput is
 * dropped for the same reason (DynamoDB sends it on new tables, DynamoDB Local does not).
 */
const VOLATILE_MEMBERS = new Set([
  "CreationDateTime",
  "LastIncreaseDateTime",
  "LastDecreaseDateTime",
  "LastUpdateToPayPerRequestDateTime",
  "DeletionProtectionUpdateTime",
  "TableId",
  "WarmThroughput",
  "ApproximateCreationDateTime",
  "CreationRequestDateTime",
]);

/**
 * Members whose values are opaque and server-specific (stream iterators, sequence numbers, shard
 * and event ids, the record's region, PartiQL page tokens): only their presence is compared.
 */
const OPAQUE_MEMBERS: Record<string, string> = {
  LatestStreamLabel: "<label>",
  StreamLabel: "<label>",
  ShardIterator: "<iterator>",
  NextShardIterator: "<iterator>",
  SequenceNumber: "<sequence>",
  StartingSequenceNumber: "<sequence>",
  EndingSequenceNumber: "<sequence>",
  ShardId: "<shard>",
  ParentShardId: "<shard>",
  LastEvaluatedShardId: "<shard>",
  eventID: "<event>",
  awsRegion: "<region>",
  NextToken: "<token>",
};

const ARN_PREFIX = /^arn:aws:dynamodb:[^:]*:[^:]*:/;
// An ARN quoted inside a message ("Stream: arn:... not found") names the server's region too.
const QUOTED_ARN_PREFIX = /(?<=\s)arn:aws:dynamodb:[^:\s]*:[^:\s]*:/g;
const STREAM_LABEL = /\/stream\/[^/]+$/;

function normaliseString(value: string, member: string | undefined): string {
  if (member !== undefined && Object.hasOwn(OPAQUE_MEMBERS, member)) return OPAQUE_MEMBERS[member] ?? value;
  if (!ARN_PREFIX.test(value))
    return value.replace(QUOTED_ARN_PREFIX, "arn:aws:dynamodb:<region>:<account>:");
  return value
    .replace(ARN_PREFIX, "arn:aws:dynamodb:<region>:<account>:")
    .replace(STREAM_LABEL, "/stream/<label>");
}

function normaliseValue(value: unknown, member: string | undefined): unknown {
  if (typeof value === "string") return normaliseString(value, member);
  if (Array.isArray(value)) return value.map((element) => normaliseValue(element, undefined));
  if (value === null || typeof value !== "object") return value;
  const result: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (VOLATILE_MEMBERS.has(key)) continue;
    result[key] = normaliseValue(inner, key);
  }
  return result;
}

/** JSON with object members in name order, so equal items sort alike whatever order their attributes came in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const members = Object.keys(value)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${members.join(",")}}`;
}

function sortArraysAt(target: unknown, path: string[]): void {
  if (target === null || typeof target !== "object") return;
  const [head, ...rest] = path;
  if (head === undefined) return;
  const children = head === "*" ? Object.values(target) : [(target as Record<string, unknown>)[head]];
  for (const child of children) {
    if (rest.length > 0) {
      sortArraysAt(child, rest);
    } else if (Array.isArray(child)) {
      child.sort((a, b) => (canonicalJson(a) < canonicalJson(b) ? -1 : 1));
    }
  }
}

/**
 * Puts an answer into a form two faithful servers agree on: `__type` without its namespace (the
 * part before `#`), the error message under `message` (DynamoDB Local capitalises it; DynamoDB
 * does so only on TransactionCanceledException), ARNs without region and account, volatile
 * members dropped, and the listed unordered arrays sorted.
 */
export function normalise(response: WireResponse, unordered: string[] = []): WireResponse {
  const body = normaliseValue(response.body, undefined) as Record<string, unknown>;
  const type = body["__type"];
  if (typeof type === "string") {
    const bare = type.slice(type.indexOf("#") + 1);
    body["__type"] = bare;
    if (bare !== "TransactionCanceledException" && "Message" in body) {
      body["message"] = body["Message"];
      delete body["Message"];
    }
  }
  for (const path of unordered) sortArraysAt(body, path.split("."));
  return { status: response.status, body };
}

/** The outcome class `status` comparison looks at: success, or the bare exception name. */
export function outcome(response: WireResponse): string {
  if (response.status === 200) return "ok";
  const type = response.body["__type"];
  return typeof type === "string" ? type.slice(type.indexOf("#") + 1) : `HTTP ${response.status}`;
}
