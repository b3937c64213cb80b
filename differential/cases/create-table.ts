import type { CaseGroup } from "../harness/types.js";
import {
  createTableBody,
  deviationCase,
  diffCase,
  outcomeOnly,
  step,
  validation,
  validationDeviation,
  type Body,
} from "./builders.js";

const CONFORMANCE = "conformance tier3/error-messages/createTable.test.ts";
// DynamoDB Local validates table names with one sentence of its own; DynamoDB applies the Coral
// length and pattern constraints to `tableName`.
const LOCAL_NAME_MESSAGE =
  "Invalid table/index name.  Table/index names must be between 3 and 255 characters long, and may contain only the characters a-z, A-Z, 0-9, '_', '-', and '.'";

const create = (body: Body) => step("CreateTable", body);
// A successful CreateTable: DynamoDB answers CREATING where DynamoDB Local is already ACTIVE.
const created = (body: Body) => step("CreateTable", body, { quirks: ["tableCreating"] });
// DynamoDB lists AttributeDefinitions by name; DynamoDB Local keeps request order (see the quirk).
const byName = (body: Body) =>
  step("CreateTable", body, { quirks: ["tableCreating", "attributeDefinitionsByName"] });
const base = (extra: Body = {}) => createTableBody("diff_create", ["pk", "S"], undefined, extra);
const composite = (extra: Body = {}) => createTableBody("diff_create", ["pk", "S"], ["sk", "N"], extra);
const provisioned = {
  BillingMode: "PROVISIONED",
  ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 3 },
};
const gsi = (name: string, hash: string, projection: Body = { ProjectionType: "ALL" }, extra: Body = {}) => ({
  IndexName: name,
  KeySchema: [{ AttributeName: hash, KeyType: "HASH" }],
  Projection: projection,
  ...extra,
});
const lsi = (name: string, range: string, projection: Body = { ProjectionType: "KEYS_ONLY" }) => ({
  IndexName: name,
  KeySchema: [
    { AttributeName: "pk", KeyType: "HASH" },
    { AttributeName: range, KeyType: "RANGE" },
  ],
  Projection: projection,
});
const withDefinitions = (extra: Body, ...names: [string, string][]) => {
  const body = composite(extra);
  (body["AttributeDefinitions"] as Body[]).push(
    ...names.map(([n, t]) => ({ AttributeName: n, AttributeType: t })),
  );
  return body;
};

export const createTableCases: CaseGroup = {
  title: "CreateTable",
  // Cases wrapped in outcomeOnly get DynamoDB Local's own wording for errors whose DynamoDB text
  // has no source yet: the exception type must match, the message is not compared.
  cases: [
    diffCase("hash key only, on-demand", created(base())),
    diffCase("hash and range key, on-demand", created(composite())),
    diffCase("numeric hash key", created(createTableBody("diff_create", ["id", "N"]))),
    diffCase("binary hash and range key", created(createTableBody("diff_create", ["h", "B"], ["r", "B"]))),
    diffCase("provisioned throughput", created(base(provisioned))),
    diffCase(
      "provisioned throughput without BillingMode",
      created({
        ...base(),
        BillingMode: undefined,
        ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 },
      }),
    ),
    diffCase(
      "stream NEW_AND_OLD_IMAGES",
      created(base({ StreamSpecification: { StreamEnabled: true, StreamViewType: "NEW_AND_OLD_IMAGES" } })),
    ),
    diffCase(
      "stream KEYS_ONLY",
      created(base({ StreamSpecification: { StreamEnabled: true, StreamViewType: "KEYS_ONLY" } })),
    ),
    diffCase("stream disabled", created(base({ StreamSpecification: { StreamEnabled: false } }))),
    diffCase("deletion protection enabled", created(base({ DeletionProtectionEnabled: true }))),
    diffCase("table name with dots, dashes and underscores", created({ ...base(), TableName: "a.b-c_D9" })),
    diffCase("table name of 255 characters", created({ ...base(), TableName: "t".repeat(255) })),
    diffCase("tags at creation", created(base({ Tags: [{ Key: "env", Value: "test" }] }))),
    diffCase(
      "GSI with ALL projection",
      byName(withDefinitions({ GlobalSecondaryIndexes: [gsi("byOwner", "owner")] }, ["owner", "S"])),
    ),
    diffCase(
      "GSI with INCLUDE projection",
      byName(
        withDefinitions(
          {
            GlobalSecondaryIndexes: [
              gsi("byOwner", "owner", { ProjectionType: "INCLUDE", NonKeyAttributes: ["a", "b"] }),
            ],
          },
          ["owner", "S"],
        ),
      ),
    ),
    diffCase(
      "GSI with KEYS_ONLY projection and range key",
      byName(
        withDefinitions(
          {
            GlobalSecondaryIndexes: [
              {
                IndexName: "byOwnerDate",
                KeySchema: [
                  { AttributeName: "owner", KeyType: "HASH" },
                  { AttributeName: "date", KeyType: "RANGE" },
                ],
                Projection: { ProjectionType: "KEYS_ONLY" },
              },
            ],
          },
          ["owner", "S"],
          ["date", "S"],
        ),
      ),
    ),
    diffCase(
      "GSI on provisioned table",
      byName(
        withDefinitions(
          {
            ...provisioned,
            GlobalSecondaryIndexes: [
              gsi(
                "byOwner",
                "owner",
                { ProjectionType: "ALL" },
                { ProvisionedThroughput: { ReadCapacityUnits: 2, WriteCapacityUnits: 2 } },
              ),
            ],
          },
          ["owner", "S"],
        ),
      ),
    ),
    diffCase(
      "LSI with KEYS_ONLY projection",
      byName(withDefinitions({ LocalSecondaryIndexes: [lsi("byDate", "date")] }, ["date", "S"])),
    ),
    diffCase(
      "LSI and GSI together",
      byName(
        withDefinitions(
          {
            LocalSecondaryIndexes: [lsi("byDate", "date", { ProjectionType: "ALL" })],
            GlobalSecondaryIndexes: [gsi("byOwner", "owner")],
          },
          ["date", "S"],
          ["owner", "S"],
        ),
      ),
    ),
    // Invalid requests.
    outcomeOnly(diffCase("table already exists", create(base()), create(base()))),
    deviationCase(
      "missing TableName",
      validationDeviation(
        CONFORMANCE,
        "DynamoDB Local reports a missing name as an invalid name",
        LOCAL_NAME_MESSAGE,
        "The parameter 'TableName' is required but was not present in the request",
      ),
      create({ ...base(), TableName: undefined }),
    ),
    deviationCase(
      "table name too short",
      validationDeviation(
        CONFORMANCE,
        "Coral length constraint on tableName",
        LOCAL_NAME_MESSAGE,
        "1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
      ),
      create({ ...base(), TableName: "ab" }),
    ),
    deviationCase(
      "table name too long",
      validationDeviation(
        "conformance tier3/error-messages/putItem.test.ts (the same Coral constraint on tableName)",
        "Coral length constraint on tableName",
        LOCAL_NAME_MESSAGE,
        `1 validation error detected: Value '${"t".repeat(256)}' at 'tableName' failed to satisfy constraint: Member must have length less than or equal to 255`,
      ),
      create({ ...base(), TableName: "t".repeat(256) }),
    ),
    deviationCase(
      "table name with invalid characters",
      validationDeviation(
        "conformance tier3/error-messages/putItem.test.ts (the same Coral constraint on tableName)",
        "Coral pattern constraint on tableName",
        LOCAL_NAME_MESSAGE,
        "1 validation error detected: Value 'bad name!' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
      ),
      create({ ...base(), TableName: "bad name!" }),
    ),
    outcomeOnly(diffCase("missing KeySchema", create({ ...base(), KeySchema: undefined }))),
    outcomeOnly(
      diffCase("missing AttributeDefinitions", create({ ...base(), AttributeDefinitions: undefined })),
    ),
    outcomeOnly(diffCase("empty KeySchema", create({ ...base(), KeySchema: [] }))),
    deviationCase(
      "invalid KeyType enum",
      validationDeviation(
        CONFORMANCE,
        "DynamoDB Local ignores the bad enum and reports a missing hash key",
        "No Hash Key specified in schema.  All Dynamo DB tables must have exactly one hash key",
        "1 validation error detected: Value 'INVALID' at 'keySchema.1.member.keyType' failed to satisfy constraint: Member must satisfy enum value set: [HASH, RANGE]",
      ),
      create({ ...base(), KeySchema: [{ AttributeName: "pk", KeyType: "INVALID" }] }),
    ),
    deviationCase(
      "invalid AttributeType enum",
      validationDeviation(
        CONFORMANCE,
        "DynamoDB Local omits the Coral envelope, value and member path",
        "Member must satisfy enum value set: [B, N, S]",
        "1 validation error detected: Value 'INVALID' at 'attributeDefinitions.1.member.attributeType' failed to satisfy constraint: Member must satisfy enum value set: [B, N, S]",
      ),
      create({ ...base(), AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "INVALID" }] }),
    ),
    deviationCase(
      "key attribute without definition",
      // With as many definitions as keys, DynamoDB names the keys and the definitions; its "Invalid
      // KeySchema" text is for a two-element KeySchema missing a definition (cfn-lint#1037).
      validationDeviation(
        "AWS answer for equal key and definition counts, verified against the real API in getmoto/moto#4428",
        "DynamoDB Local words the missing definition differently",
        "Hash Key not specified in Attribute Definitions.  Type unknown.",
        "One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: [pk], AttributeDefinitions: [other]",
      ),
      create({ ...base(), AttributeDefinitions: [{ AttributeName: "other", AttributeType: "S" }] }),
    ),
    deviationCase(
      "unused attribute definition",
      validationDeviation(
        "AWS answer quoted in aws-cloudformation/cfn-lint#1037",
        "DynamoDB Local words the count mismatch differently",
        "The number of attributes in key schema must match the number of attributes defined in attribute definitions.",
        "One or more parameter values were invalid: Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions",
      ),
      create({
        ...base(),
        AttributeDefinitions: [
          { AttributeName: "pk", AttributeType: "S" },
          { AttributeName: "extra", AttributeType: "S" },
        ],
      }),
    ),
    outcomeOnly(
      diffCase(
        "two HASH keys",
        create({
          ...composite(),
          KeySchema: [
            { AttributeName: "pk", KeyType: "HASH" },
            { AttributeName: "sk", KeyType: "HASH" },
          ],
        }),
      ),
    ),
    outcomeOnly(
      diffCase(
        "RANGE key first",
        create({
          ...composite(),
          KeySchema: [
            { AttributeName: "sk", KeyType: "RANGE" },
            { AttributeName: "pk", KeyType: "HASH" },
          ],
        }),
      ),
    ),

    deviationCase(
      "BOOL attribute type",
      validationDeviation(
        CONFORMANCE,
        "DynamoDB Local omits the Coral envelope, value and member path",
        "Member must satisfy enum value set: [B, N, S]",
        "1 validation error detected: Value 'BOOL' at 'attributeDefinitions.1.member.attributeType' failed to satisfy constraint: Member must satisfy enum value set: [B, N, S]",
      ),
      create({ ...base(), AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "BOOL" }] }),
    ),
    outcomeOnly(
      diffCase("PROVISIONED without ProvisionedThroughput", create(base({ BillingMode: "PROVISIONED" }))),
    ),

    deviationCase(
      "invalid BillingMode",
      {
        source:
          "API reference CreateTable (BillingMode valid values); Coral enum envelope as in conformance createTable.test.ts",
        note: "DynamoDB Local fails with an internal error instead of validating the enum",
        local: {
          status: 500,
          body: {
            __type: "InternalFailure",
            message: "The request processing has failed because of an unknown error, exception or failure.",
          },
        },
        dynamodb: validation(
          "1 validation error detected: Value 'FREE' at 'billingMode' failed to satisfy constraint: Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]",
        ),
      },
      create(base({ BillingMode: "FREE" })),
    ),
    deviationCase(
      "zero read capacity",
      validationDeviation(
        "API reference ProvisionedThroughput (ReadCapacityUnits minimum 1); Coral range envelope as in conformance tier1 limit tests",
        "DynamoDB Local checks the range with its own sentence",
        "Table read and write throughput must be at least 1, and cannot be null",
        "1 validation error detected: Value '0' at 'provisionedThroughput.readCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1",
      ),
      create(
        base({
          BillingMode: "PROVISIONED",
          ProvisionedThroughput: { ReadCapacityUnits: 0, WriteCapacityUnits: 1 },
        }),
      ),
    ),
    outcomeOnly(
      diffCase(
        "stream enabled without view type",
        create(base({ StreamSpecification: { StreamEnabled: true } })),
      ),
    ),
    outcomeOnly(
      diffCase(
        "invalid stream view type",
        create(base({ StreamSpecification: { StreamEnabled: true, StreamViewType: "EVERYTHING" } })),
      ),
    ),
    deviationCase(
      "LSI on hash-only table",
      validationDeviation(
        CONFORMANCE,
        "DynamoDB Local words the rule differently",
        "Local Secondary indices are not allowed on hash tables, only hash and range tables",
        "One or more parameter values were invalid: Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex",
      ),
      create({
        ...base(),
        AttributeDefinitions: [
          { AttributeName: "pk", AttributeType: "S" },
          { AttributeName: "lsiSk", AttributeType: "S" },
        ],
        LocalSecondaryIndexes: [lsi("lsi1", "lsiSk", { ProjectionType: "ALL" })],
      }),
    ),
    deviationCase(
      "duplicate GSI names",
      validationDeviation(
        CONFORMANCE,
        "DynamoDB Local words the rule differently",
        "Two global secondary indices have the same name",
        "One or more parameter values were invalid: Duplicate index name: sameIndex",
      ),
      create(
        withDefinitions({ GlobalSecondaryIndexes: [gsi("sameIndex", "owner"), gsi("sameIndex", "owner")] }, [
          "owner",
          "S",
        ]),
      ),
    ),
    outcomeOnly(
      diffCase(
        "GSI key attribute without definition",
        create(composite({ GlobalSecondaryIndexes: [gsi("byOwner", "owner")] })),
      ),
    ),
    outcomeOnly(
      diffCase(
        "GSI without projection",
        create(
          withDefinitions(
            {
              GlobalSecondaryIndexes: [
                { IndexName: "byOwner", KeySchema: [{ AttributeName: "owner", KeyType: "HASH" }] },
              ],
            },
            ["owner", "S"],
          ),
        ),
      ),
    ),
    outcomeOnly(
      diffCase(
        "GSI INCLUDE without NonKeyAttributes",
        create(
          withDefinitions(
            { GlobalSecondaryIndexes: [gsi("byOwner", "owner", { ProjectionType: "INCLUDE" })] },
            ["owner", "S"],
          ),
        ),
      ),
    ),
    outcomeOnly(
      diffCase(
        "GSI ALL projection with NonKeyAttributes",
        create(
          withDefinitions(
            {
              GlobalSecondaryIndexes: [
                gsi("byOwner", "owner", { ProjectionType: "ALL", NonKeyAttributes: ["a"] }),
              ],
            },
            ["owner", "S"],
          ),
        ),
      ),
    ),
    outcomeOnly(
      diffCase(
        "GSI index name too short",
        create(withDefinitions({ GlobalSecondaryIndexes: [gsi("ix", "owner")] }, ["owner", "S"])),
      ),
    ),
    outcomeOnly(
      diffCase(
        "LSI with a different hash key",
        create(
          withDefinitions(
            {
              LocalSecondaryIndexes: [
                {
                  IndexName: "byOther",
                  KeySchema: [
                    { AttributeName: "other", KeyType: "HASH" },
                    { AttributeName: "date", KeyType: "RANGE" },
                  ],
                  Projection: { ProjectionType: "ALL" },
                },
              ],
            },
            ["other", "S"],
            ["date", "S"],
          ),
        ),
      ),
    ),
    outcomeOnly(diffCase("empty GSI list", create(composite({ GlobalSecondaryIndexes: [] })))),
  ],
};
