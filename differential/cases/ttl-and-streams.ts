import type { CaseGroup, DiffCase, Step } from "../harness/types.js";
import { diffCase, hashTable, N, put, remove, S, step, TABLE, update, type Body } from "./builders.js";

const ttl = (specification: Body | undefined, table = TABLE) =>
  step("UpdateTimeToLive", {
    TableName: table,
    ...(specification ? { TimeToLiveSpecification: specification } : {}),
  });
const describeTtl = (table = TABLE) => step("DescribeTimeToLive", { TableName: table });
const on = (name = "expires") => ({ Enabled: true, AttributeName: name });
const off = (name = "expires") => ({ Enabled: false, AttributeName: name });

export const ttlCases: CaseGroup = {
  title: "TimeToLive",
  cases: [
    diffCase("describe with TTL never set", hashTable(), describeTtl()),
    diffCase("enable", hashTable(), ttl(on())),
    diffCase("describe after enabling", hashTable(), ttl(on()), describeTtl()),
    diffCase("disable after enabling", hashTable(), ttl(on()), ttl(off())),
    diffCase("describe after disabling", hashTable(), ttl(on()), ttl(off()), describeTtl()),
    diffCase("attribute name with symbols", hashTable(), ttl(on("ttl.at-_x")), describeTtl()),
    diffCase(
      "expired items are still readable",
      hashTable(),
      ttl(on()),
      put({ pk: S("k"), expires: N("1") }),
      step("GetItem", { TableName: TABLE, Key: { pk: S("k") } }),
    ),
    // Bad input.
    diffCase("enable twice", hashTable(), ttl(on()), ttl(on())),
    diffCase("enable with another attribute", hashTable(), ttl(on()), ttl(on("other"))),
    diffCase("disable when never enabled", hashTable(), ttl(off())),
    diffCase("disable with another attribute", hashTable(), ttl(on()), ttl(off("other"))),
    diffCase("empty attribute name", hashTable(), ttl(on(""))),
    diffCase("attribute name too long", hashTable(), ttl(on("a".repeat(256)))),
    diffCase("specification without Enabled", hashTable(), ttl({ AttributeName: "expires" })),
    diffCase("specification without AttributeName", hashTable(), ttl({ Enabled: true })),
    diffCase("update on a missing table", hashTable(), ttl(on(), "diff_missing")),
    diffCase("describe a missing table", hashTable(), describeTtl("diff_missing")),
    diffCase("describe with an invalid table name", hashTable(), describeTtl("a")),
  ],
};

const streamTable = (viewType = "NEW_AND_OLD_IMAGES"): Step =>
  hashTable("S", { StreamSpecification: { StreamEnabled: true, StreamViewType: viewType } });
const describeTable = step("DescribeTable", { TableName: TABLE }, { compare: "none" });
const describeStream = (extra: Body = {}) =>
  step("DescribeStream", { StreamArn: "$LatestStreamArn", ...extra });
const iterator = (type = "TRIM_HORIZON", extra: Body = {}) =>
  step("GetShardIterator", {
    StreamArn: "$LatestStreamArn",
    ShardId: "$ShardId",
    ShardIteratorType: type,
    ...extra,
  });
const records = (extra: Body = {}) => step("GetRecords", { ShardIterator: "$ShardIterator", ...extra });
/** Writes with `writes`, then reads the stream's only shard from its start. */
const readBack = (name: string, viewType: string, ...writes: Step[]): DiffCase =>
  diffCase(name, streamTable(viewType), ...writes, describeTable, describeStream(), iterator(), records());
const writes = [
  put({ pk: S("k"), v: N("1") }),
  update({ pk: S("k") }, { UpdateExpression: "SET v = :v", ExpressionAttributeValues: { ":v": N("2") } }),
  remove({ pk: S("k") }),
];

export const streamCases: CaseGroup = {
  title: "DynamoDB Streams",
  cases: [
    diffCase("list streams of one table", streamTable(), step("ListStreams", { TableName: TABLE })),
    diffCase("list streams with no stream", hashTable(), step("ListStreams", {})),
    diffCase("list streams Limit 1", streamTable(), step("ListStreams", { Limit: 1 })),
    diffCase("describe a new stream", streamTable(), describeTable, describeStream()),
    diffCase("describe a KEYS_ONLY stream", streamTable("KEYS_ONLY"), describeTable, describeStream()),
    diffCase("shard iterator TRIM_HORIZON", streamTable(), describeTable, describeStream(), iterator()),
    diffCase("shard iterator LATEST", streamTable(), describeTable, describeStream(), iterator("LATEST")),
    diffCase(
      "records of an empty stream",
      streamTable(),
      describeTable,
      describeStream(),
      iterator(),
      records(),
    ),
    readBack("records with new and old images", "NEW_AND_OLD_IMAGES", ...writes),
    readBack("records with new images", "NEW_IMAGE", ...writes),
    readBack("records with old images", "OLD_IMAGE", ...writes),
    readBack("records with keys only", "KEYS_ONLY", ...writes),
    readBack("no record for a delete of nothing", "NEW_AND_OLD_IMAGES", remove({ pk: S("none") })),
    readBack(
      "no record for an unchanged put",
      "NEW_AND_OLD_IMAGES",
      put({ pk: S("k"), v: N("1") }),
      put({ pk: S("k"), v: N("1") }),
    ),
    readBack(
      "record for a failed condition is absent",
      "KEYS_ONLY",
      put({ pk: S("k") }),
      put({ pk: S("k") }, { ConditionExpression: "attribute_not_exists(pk)" }),
    ),
    diffCase(
      "records Limit 1",
      streamTable(),
      ...writes,
      describeTable,
      describeStream(),
      iterator(),
      records({ Limit: 1 }),
    ),
    diffCase(
      "records after LATEST",
      streamTable(),
      put({ pk: S("k") }),
      describeTable,
      describeStream(),
      iterator("LATEST"),
      records(),
    ),
    diffCase(
      "stream kept after disabling",
      streamTable(),
      step("UpdateTable", { TableName: TABLE, StreamSpecification: { StreamEnabled: false } }),
      step("ListStreams", { TableName: TABLE }),
    ),
    // Bad input.
    diffCase(
      "describe a malformed stream ARN",
      streamTable(),
      step("DescribeStream", { StreamArn: "not-an-arn" }),
    ),
    diffCase(
      "describe a missing stream",
      streamTable(),
      step("DescribeStream", {
        StreamArn: "arn:aws:dynamodb:<region>:<account>:table/diff_items/stream/2020-01-01T00:00:00.000",
      }),
    ),
    diffCase("describe without a stream ARN", streamTable(), step("DescribeStream", {})),
    diffCase(
      "shard iterator of an unknown type",
      streamTable(),
      describeTable,
      describeStream(),
      iterator("OLDEST"),
    ),
    diffCase(
      "AT_SEQUENCE_NUMBER without a number",
      streamTable(),
      describeTable,
      describeStream(),
      iterator("AT_SEQUENCE_NUMBER"),
    ),
    diffCase(
      "shard iterator for a missing shard",
      streamTable(),
      describeTable,
      step("GetShardIterator", {
        StreamArn: "$LatestStreamArn",
        ShardId: "shardId-00000000000000000000-00000000",
        ShardIteratorType: "TRIM_HORIZON",
      }),
    ),
    diffCase(
      "records with a malformed iterator",
      streamTable(),
      step("GetRecords", { ShardIterator: "garbage" }),
    ),
    diffCase(
      "records Limit 0",
      streamTable(),
      describeTable,
      describeStream(),
      iterator(),
      records({ Limit: 0 }),
    ),
    diffCase("list streams Limit 0", streamTable(), step("ListStreams", { Limit: 0 })),
    diffCase(
      "list streams of a missing table",
      streamTable(),
      step("ListStreams", { TableName: "diff_missing" }),
    ),
  ],
};
