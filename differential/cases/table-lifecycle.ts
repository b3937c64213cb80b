import type { CaseGroup } from "../harness/types.js";
import {
  compositeTable,
  deviationCase,
  diffCase,
  hashTable,
  outcomeOnly,
  put,
  S,
  step,
  TABLE,
  taggingStep,
  validationDeviation,
} from "./builders.js";

const describe = (name = TABLE) => step("DescribeTable", { TableName: name });
const list = (body: Record<string, unknown> = {}) => step("ListTables", body);
const named = (name: string) => hashTable("S", {}, name);
// The harness gives each side its own region and account in place of the placeholders.
const arn = `arn:aws:dynamodb:<region>:<account>:table/${TABLE}`;
const deleting = { quirks: ["tableDeleting" as const] };
const updating = { quirks: ["tableUpdating" as const] };

export const tableLifecycleCases: CaseGroup = {
  title: "DescribeTable ListTables UpdateTable DeleteTable",
  cases: [
    diffCase("describe a hash table", hashTable(), describe()),
    diffCase(
      "describe a composite table",
      compositeTable("N", "B"),
      step("DescribeTable", { TableName: "diff_composite" }),
    ),
    diffCase(
      "describe counts items and bytes",
      hashTable(),
      put({ pk: S("a"), v: S("hello") }),
      put({ pk: S("b") }),
      describe(),
    ),
    diffCase(
      "describe a provisioned table with a stream",
      hashTable("S", {
        BillingMode: "PROVISIONED",
        ProvisionedThroughput: { ReadCapacityUnits: 4, WriteCapacityUnits: 2 },
        StreamSpecification: { StreamEnabled: true, StreamViewType: "NEW_IMAGE" },
      }),
      describe(),
    ),
    outcomeOnly(diffCase("describe with an empty name", step("DescribeTable", { TableName: "" }))),
    outcomeOnly(diffCase("describe a missing table", describe("diff_missing"))),
    diffCase("list with no tables", list()),
    diffCase("list three tables in name order", named("diff_c"), named("diff_a"), named("diff_b"), list()),
    diffCase(
      "list with Limit 2 pages",
      named("diff_c"),
      named("diff_a"),
      named("diff_b"),
      list({ Limit: 2 }),
    ),
    diffCase(
      "list the second page after ExclusiveStartTableName",
      named("diff_c"),
      named("diff_a"),
      named("diff_b"),
      list({ Limit: 2, ExclusiveStartTableName: "diff_b" }),
    ),
    diffCase(
      "list with a start name between tables",
      named("diff_a"),
      named("diff_c"),
      list({ ExclusiveStartTableName: "diff_b" }),
    ),
    diffCase(
      "list with Limit equal to the table count",
      named("diff_a"),
      named("diff_b"),
      list({ Limit: 2 }),
    ),
    deviationCase(
      "list with Limit 0",
      validationDeviation(
        "API reference ListTables (Limit 1-100); Coral range text as in conformance tier1 query/scan validation tests",
        "DynamoDB Local checks the range with its own sentence",
        "Limit must be greater than or equal to 1",
        "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
      ),
      list({ Limit: 0 }),
    ),
    deviationCase(
      "list with Limit 101",
      validationDeviation(
        "API reference ListTables (Limit 1-100); Coral range envelope",
        "DynamoDB Local checks the range with its own sentence",
        "Limit in ListTables must be <= 100",
        "1 validation error detected: Value '101' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100",
      ),
      list({ Limit: 101 }),
    ),
    diffCase("delete a table", hashTable(), step("DeleteTable", { TableName: TABLE }, deleting)),
    deviationCase(
      "describe after delete",
      {
        source:
          "API reference DescribeTable/ResourceNotFoundException; /work/shared/reference/dynamodb-behaviour.md 2.12 (AWS wording)",
        note: "DynamoDB names the missing table on DescribeTable; DynamoDB Local uses its item-operation text",
        local: {
          status: 400,
          body: {
            __type: "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException",
            Message: "Cannot do operations on a non-existent table",
          },
        },
        dynamodb: {
          status: 400,
          body: {
            __type: "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException",
            message: `Requested resource not found: Table: ${TABLE} not found`,
          },
        },
      },
      hashTable(),
      step("DeleteTable", { TableName: TABLE }),
      describe(),
    ),
    outcomeOnly(diffCase("delete a missing table", step("DeleteTable", { TableName: "diff_missing" }))),
    diffCase(
      "delete a protected table",
      hashTable("S", { DeletionProtectionEnabled: true }),
      step("DeleteTable", { TableName: TABLE }),
    ),
    diffCase(
      "update to provisioned",
      hashTable(),
      step(
        "UpdateTable",
        {
          TableName: TABLE,
          BillingMode: "PROVISIONED",
          ProvisionedThroughput: { ReadCapacityUnits: 3, WriteCapacityUnits: 3 },
        },
        updating,
      ),
    ),
    diffCase(
      "update provisioned throughput",
      hashTable("S", {
        BillingMode: "PROVISIONED",
        ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 },
      }),
      step("UpdateTable", {
        TableName: TABLE,
        ProvisionedThroughput: { ReadCapacityUnits: 7, WriteCapacityUnits: 8 },
      }),
      describe(),
    ),
    diffCase(
      "update enables a stream",
      hashTable(),
      step(
        "UpdateTable",
        {
          TableName: TABLE,
          StreamSpecification: { StreamEnabled: true, StreamViewType: "KEYS_ONLY" },
        },
        updating,
      ),
    ),
    diffCase(
      "update turns on deletion protection",
      hashTable(),
      step("UpdateTable", { TableName: TABLE, DeletionProtectionEnabled: true }),
    ),
    diffCase(
      "update adds a GSI",
      hashTable(),
      step("UpdateTable", {
        TableName: TABLE,
        AttributeDefinitions: [{ AttributeName: "owner", AttributeType: "S" }],
        GlobalSecondaryIndexUpdates: [
          {
            Create: {
              IndexName: "byOwner",
              KeySchema: [{ AttributeName: "owner", KeyType: "HASH" }],
              Projection: { ProjectionType: "ALL" },
            },
          },
        ],
      }),
      { ...describe(), compare: "status" },
    ),
    outcomeOnly(
      diffCase("update with nothing to change", hashTable(), step("UpdateTable", { TableName: TABLE })),
    ),
    outcomeOnly(
      diffCase(
        "update a missing table",
        step("UpdateTable", { TableName: "diff_missing", DeletionProtectionEnabled: true }),
      ),
    ),
    outcomeOnly(
      diffCase(
        "update deletes a missing GSI",
        hashTable(),
        step("UpdateTable", {
          TableName: TABLE,
          GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: "nope" } }],
        }),
      ),
    ),
    diffCase(
      "tag, untag and list tags",
      hashTable(),
      taggingStep(
        "TagResource",
        {
          ResourceArn: arn,
          Tags: [
            { Key: "a", Value: "1" },
            { Key: "b", Value: "2" },
          ],
        },
        {},
      ),
      taggingStep("UntagResource", { ResourceArn: arn, TagKeys: ["a"] }, {}),
      taggingStep("ListTagsOfResource", { ResourceArn: arn }, { Tags: [{ Key: "b", Value: "2" }] }),
    ),
    diffCase(
      "tagging twice overwrites the value",
      hashTable(),
      taggingStep("TagResource", { ResourceArn: arn, Tags: [{ Key: "a", Value: "1" }] }, {}),
      taggingStep("TagResource", { ResourceArn: arn, Tags: [{ Key: "a", Value: "2" }] }, {}),
      taggingStep("ListTagsOfResource", { ResourceArn: arn }, { Tags: [{ Key: "a", Value: "2" }] }),
    ),
    diffCase(
      "tags given at creation are listed",
      hashTable("S", {
        Tags: [
          { Key: "team", Value: "core" },
          { Key: "env", Value: "dev" },
        ],
      }),
      taggingStep(
        "ListTagsOfResource",
        { ResourceArn: arn },
        {
          Tags: [
            { Key: "env", Value: "dev" },
            { Key: "team", Value: "core" },
          ],
        },
        ["Tags"],
      ),
    ),
    diffCase(
      "enable TTL",
      hashTable(),
      step("UpdateTimeToLive", {
        TableName: TABLE,
        TimeToLiveSpecification: { Enabled: true, AttributeName: "expires" },
      }),
    ),
    diffCase(
      "describe TTL after enabling",
      hashTable(),
      step("UpdateTimeToLive", {
        TableName: TABLE,
        TimeToLiveSpecification: { Enabled: true, AttributeName: "expires" },
      }),
      step("DescribeTimeToLive", { TableName: TABLE }),
    ),
    diffCase(
      "describe TTL when never enabled",
      hashTable(),
      step("DescribeTimeToLive", { TableName: TABLE }),
    ),
    diffCase(
      "enable TTL twice",
      hashTable(),
      step("UpdateTimeToLive", {
        TableName: TABLE,
        TimeToLiveSpecification: { Enabled: true, AttributeName: "expires" },
      }),
      step("UpdateTimeToLive", {
        TableName: TABLE,
        TimeToLiveSpecification: { Enabled: true, AttributeName: "expires" },
      }),
    ),
    diffCase(
      "disable TTL that is not enabled",
      hashTable(),
      step("UpdateTimeToLive", {
        TableName: TABLE,
        TimeToLiveSpecification: { Enabled: false, AttributeName: "expires" },
      }),
    ),
    outcomeOnly(
      diffCase(
        "TTL on a missing table",
        step("UpdateTimeToLive", {
          TableName: "diff_missing",
          TimeToLiveSpecification: { Enabled: true, AttributeName: "x" },
        }),
      ),
    ),
    deviationCase(
      "TTL without a specification",
      validationDeviation(
        "API reference UpdateTimeToLive (TimeToLiveSpecification is required: the Coral request-validation envelope)",
        "DynamoDB Local has no request-shape validation and answers in its own words",
        "TimeToLiveSpecification cannot be null",
        "1 validation error detected: Value null at 'timeToLiveSpecification' failed to satisfy constraint: Member must not be null",
      ),
      hashTable(),
      step("UpdateTimeToLive", { TableName: TABLE }),
    ),
  ],
};
