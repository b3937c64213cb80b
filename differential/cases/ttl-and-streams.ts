import type { CaseGroup, Deviation, DiffCase, Step } from "../harness/types.js";
import { diffCase, hashTable, N, put, remove, S, step, TABLE, update, type Body } from "./builders.js";
import {
  CORAL,
  errorAnswer,
  errorDeviation,
  NO_SHAPE_VALIDATION,
  validationTexts,
  withDeviations,
} from "./recorded-deviations.js";

const ttl = (specification: Body | undefined, table = TABLE) =>
  step("UpdateTimeToLive", {
    TableName: table,
    ...(specification ? { TimeToLiveSpecification: specification } : {}),
  });
const describeTtl = (table = TABLE) => step("DescribeTimeToLive", { TableName: table });
const on = (name = "expires") => ({ Enabled: true, AttributeName: name });
const off = (name = "expires") => ({ Enabled: false, AttributeName: name });

const TTL_REFERENCE =
  "API reference UpdateTimeToLive (any additional UpdateTimeToLive call for the same table within the hour the change takes results in a ValidationException)";
const COOLDOWN = "Time to live has been modified multiple times within a fixed interval";
const LOCAL_ATTRIBUTE_NAME =
  "Names of key attributes and attributes projected into an index must be between 1 and 255 characters, inclusive";
/** DynamoDB refuses a second change within the hour; DynamoDB Local applies it. */
const cooldown = (local: Body): Deviation => ({
  source: TTL_REFERENCE,
  note: "DynamoDB Local lets TimeToLive be switched again at once",
  local: { status: 200, body: local },
  dynamodb: errorAnswer("ValidationException", COOLDOWN),
});
const disabled = { TimeToLiveSpecification: off() };
const otherAttribute: Deviation = validationTexts(
  "Real answers quoted in public TTL tooling (e.g. 'TimeToLive is active on a different AttributeName: current AttributeName is ttlx')",
  "DynamoDB Local leaves out the attribute TimeToLive is active on",
  "TimeToLive is active on a different AttributeName",
  "TimeToLive is active on a different AttributeName: current AttributeName is expires",
);
const missingTable: Deviation = errorDeviation(
  "localstack/localstack#9038 (AWS answers to DescribeTimeToLive and UpdateTimeToLive on a missing table)",
  "DynamoDB Local words the missing table as for item operations",
  ["ResourceNotFoundException", "Cannot do operations on a non-existent table"],
  ["ResourceNotFoundException", "Requested resource not found: Table: diff_missing not found"],
);
const ttlShape = (local: string, dynamodb: string): Deviation =>
  validationTexts(CORAL, NO_SHAPE_VALIDATION, local, `1 validation error detected: ${dynamodb}`);

const TTL_DEVIATIONS = {
  "disable after enabling": cooldown(disabled),
  "enable with another attribute": otherAttribute,
  "disable with another attribute": otherAttribute,
  "empty attribute name": ttlShape(
    LOCAL_ATTRIBUTE_NAME,
    "Value '' at 'timeToLiveSpecification.attributeName' failed to satisfy constraint: Member must have length greater than or equal to 1",
  ),
  "attribute name too long": ttlShape(
    LOCAL_ATTRIBUTE_NAME,
    `Value '${"a".repeat(256)}' at 'timeToLiveSpecification.attributeName' failed to satisfy constraint: Member must have length less than or equal to 255`,
  ),
  "specification without Enabled": ttlShape(
    "AttributeName cannot be null when time to live is being enabled",
    "Value null at 'timeToLiveSpecification.enabled' failed to satisfy constraint: Member must not be null",
  ),
  "specification without AttributeName": ttlShape(
    "AttributeName cannot be null when time to live is being enabled",
    "Value null at 'timeToLiveSpecification.attributeName' failed to satisfy constraint: Member must not be null",
  ),
  "update on a missing table": missingTable,
  "describe a missing table": missingTable,
  "describe with an invalid table name": ttlShape(
    "Invalid table/index name.  Table/index names must be between 3 and 255 characters long, and may contain only the characters a-z, A-Z, 0-9, '_', '-', and '.'",
    "Value 'a' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
  ),
};

/** The second change is refused, so TimeToLive stays as the first change left it. */
const describeAfterRefusedDisable: DiffCase = {
  name: "describe after disabling",
  steps: [
    hashTable(),
    step("UpdateTimeToLive", { TableName: TABLE, TimeToLiveSpecification: on() }),
    {
      ...step("UpdateTimeToLive", { TableName: TABLE, TimeToLiveSpecification: off() }),
      deviation: cooldown(disabled),
    },
    step("DescribeTimeToLive", { TableName: TABLE }),
  ],
  deviation: {
    source: TTL_REFERENCE,
    note: "DynamoDB Local applied the second change, so it describes TimeToLive as disabled",
    local: { status: 200, body: { TimeToLiveDescription: { TimeToLiveStatus: "DISABLED" } } },
    dynamodb: {
      status: 200,
      body: { TimeToLiveDescription: { TimeToLiveStatus: "ENABLED", AttributeName: "expires" } },
    },
  },
};

const ttlCaseList: CaseGroup = {
  title: "TimeToLive",
  cases: [
    diffCase("describe with TTL never set", hashTable(), describeTtl()),
    diffCase("enable", hashTable(), ttl(on())),
    diffCase("describe after enabling", hashTable(), ttl(on()), describeTtl()),
    diffCase("disable after enabling", hashTable(), ttl(on()), ttl(off())),
    describeAfterRefusedDisable,
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

export const ttlCases: CaseGroup = withDeviations(ttlCaseList, TTL_DEVIATIONS);

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
const KEPT = "diff_stream_kept";
const LISTED = "diff_stream_listed";
const records = (extra: Body = {}) => step("GetRecords", { ShardIterator: "$ShardIterator", ...extra });
/** Writes with `writes`, then reads the stream's only shard from its start. */
const readBack = (name: string, viewType: string, ...writes: Step[]): DiffCase =>
  diffCase(name, streamTable(viewType), ...writes, describeTable, describeStream(), iterator(), records());
const writes = [
  put({ pk: S("k"), v: N("1") }),
  update({ pk: S("k") }, { UpdateExpression: "SET v = :v", ExpressionAttributeValues: { ":v": N("2") } }),
  remove({ pk: S("k") }),
];

const streamShape = (local: string, dynamodb: string): Deviation =>
  validationTexts(CORAL, NO_SHAPE_VALIDATION, local, `1 validation error detected: ${dynamodb}`);

const STREAM_DEVIATIONS = {
  "describe a malformed stream ARN": errorDeviation(
    "API reference DescribeStream (StreamArn: length 37 to 1024)",
    NO_SHAPE_VALIDATION,
    ["ResourceNotFoundException", "Requested resource not found: Stream: not-an-arn not found"],
    [
      "ValidationException",
      "1 validation error detected: Value 'not-an-arn' at 'streamArn' failed to satisfy constraint: Member must have length greater than or equal to 37",
    ],
  ),
  "describe without a stream ARN": streamShape(
    "Invalid StreamArn",
    "Value null at 'streamArn' failed to satisfy constraint: Member must not be null",
  ),
  "shard iterator of an unknown type": streamShape(
    "Invalid ShardIteratorType.",
    "Value 'OLDEST' at 'shardIteratorType' failed to satisfy constraint: Member must satisfy enum value set: [TRIM_HORIZON, LATEST, AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER]",
  ),
  "shard iterator for a missing shard": errorDeviation(
    "Real DynamoDB Streams answers quoted in opensearch-project/data-prepper#4401 and ironSource/node-dynamodb-stream#16",
    "DynamoDB Local leaves out the 'Requested resource not found: ' prefix",
    ["ResourceNotFoundException", "Shard does not exist"],
    ["ResourceNotFoundException", "Requested resource not found: Shard does not exist"],
  ),
};

const streamCaseList: CaseGroup = {
  title: "DynamoDB Streams",
  cases: [
    // DynamoDB Local keeps the streams of deleted tables and every case runs on the same one, so
    // the cases listing every stream come first, before any other case has made a stream.
    diffCase("list streams with no stream", hashTable(), step("ListStreams", {})),
    diffCase("list streams Limit 1", streamTable(), step("ListStreams", { Limit: 1 })),
    diffCase(
      "list streams of one table",
      hashTable("S", { StreamSpecification: { StreamEnabled: true, StreamViewType: "KEYS_ONLY" } }, LISTED),
      step("ListStreams", { TableName: LISTED }),
    ),
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
    // A table name of its own: ListStreams by table name also lists earlier cases' streams of a
    // deleted table of the same name on DynamoDB Local.
    diffCase(
      "stream kept after disabling",
      hashTable("S", { StreamSpecification: { StreamEnabled: true, StreamViewType: "KEYS_ONLY" } }, KEPT),
      step("UpdateTable", { TableName: KEPT, StreamSpecification: { StreamEnabled: false } }),
      step("ListStreams", { TableName: KEPT }),
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

export const streamCases: CaseGroup = withDeviations(streamCaseList, STREAM_DEVIATIONS);
