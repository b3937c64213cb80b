import { describe, expect, it } from "vitest";
import { Engine } from "../engine.js";
import { DynamoDBError } from "../errors/index.js";

const CREATED_AT = 1_700_000_000_123;

function engine(): Engine {
  return new Engine({ clock: () => CREATED_AT });
}

function errorOf(run: () => unknown): DynamoDBError {
  try {
    run();
  } catch (error) {
    if (error instanceof DynamoDBError) return error;
    throw error;
  }
  throw new Error("expected a DynamoDBError");
}

const HASH = (name: string) => ({ AttributeName: name, KeyType: "HASH" });
const RANGE = (name: string) => ({ AttributeName: name, KeyType: "RANGE" });
const DEF = (name: string, type = "S") => ({ AttributeName: name, AttributeType: type });
const PT = { ReadCapacityUnits: 5, WriteCapacityUnits: 5 };

function create(db: Engine, input: Record<string, unknown>): Record<string, unknown> {
  return db.execute("CreateTable", {
    TableName: "orders",
    AttributeDefinitions: [DEF("pk")],
    KeySchema: [HASH("pk")],
    ProvisionedThroughput: PT,
    ...input,
  });
}

function expectValidation(input: Record<string, unknown>, message: string): void {
  const error = errorOf(() => create(engine(), input));
  expect(error.type).toBe("ValidationException");
  expect(error.message).toBe(message);
}

describe("CreateTable", () => {
  it("answers with a CREATING description and the table is usable at once", () => {
    const db = engine();
    const { TableDescription } = create(db, {}) as { TableDescription: Record<string, unknown> };
    expect(TableDescription).toEqual({
      AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
      TableName: "orders",
      KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
      TableStatus: "CREATING",
      CreationDateTime: 1_700_000_000.123,
      ProvisionedThroughput: { NumberOfDecreasesToday: 0, ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
      TableSizeBytes: 0,
      ItemCount: 0,
      TableArn: "arn:aws:dynamodb:us-east-1:000000000000:table/orders",
      TableId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      DeletionProtectionEnabled: false,
      WarmThroughput: { ReadUnitsPerSecond: 5, WriteUnitsPerSecond: 5, Status: "ACTIVE" },
    });
    const { Table } = db.execute("DescribeTable", { TableName: "orders" }) as {
      Table: Record<string, unknown>;
    };
    expect(Table.TableStatus).toBe("ACTIVE");
    expect(Table.TableId).toBe(TableDescription.TableId);
    expect(db.db.requireTable("orders").name).toBe("orders");
  });

  it("describes on-demand tables, indexes, streams, classes and encryption", () => {
    const db = engine();
    create(db, {
      TableName: "events",
      AttributeDefinitions: [DEF("pk"), DEF("sk", "N"), DEF("g"), DEF("l", "B")],
      KeySchema: [HASH("pk"), RANGE("sk")],
      ProvisionedThroughput: undefined,
      BillingMode: "PAY_PER_REQUEST",
      GlobalSecondaryIndexes: [
        {
          IndexName: "byG",
          KeySchema: [HASH("g"), RANGE("sk")],
          Projection: { ProjectionType: "INCLUDE", NonKeyAttributes: ["y", "x"] },
        },
      ],
      LocalSecondaryIndexes: [
        {
          IndexName: "byL",
          KeySchema: [HASH("pk"), RANGE("l")],
          Projection: { ProjectionType: "KEYS_ONLY" },
        },
      ],
      StreamSpecification: { StreamEnabled: true, StreamViewType: "NEW_IMAGE" },
      TableClass: "STANDARD_INFREQUENT_ACCESS",
      SSESpecification: { Enabled: true, KMSMasterKeyId: "abc", SSEType: "KMS" },
      DeletionProtectionEnabled: true,
    });
    const { Table } = db.execute("DescribeTable", { TableName: "events" }) as {
      Table: Record<string, unknown>;
    };
    const arn = "arn:aws:dynamodb:us-east-1:000000000000:table/events";
    expect(Table.AttributeDefinitions).toEqual([DEF("g"), DEF("l", "B"), DEF("pk"), DEF("sk", "N")]);
    expect(Table.BillingModeSummary).toEqual({
      BillingMode: "PAY_PER_REQUEST",
      LastUpdateToPayPerRequestDateTime: 1_700_000_000.123,
    });
    expect(Table.ProvisionedThroughput).toEqual({
      NumberOfDecreasesToday: 0,
      ReadCapacityUnits: 0,
      WriteCapacityUnits: 0,
    });
    expect(Table.GlobalSecondaryIndexes).toEqual([
      {
        IndexName: "byG",
        KeySchema: [HASH("g"), RANGE("sk")],
        Projection: { ProjectionType: "INCLUDE", NonKeyAttributes: ["x", "y"] },
        IndexStatus: "ACTIVE",
        ProvisionedThroughput: { NumberOfDecreasesToday: 0, ReadCapacityUnits: 0, WriteCapacityUnits: 0 },
        IndexSizeBytes: 0,
        ItemCount: 0,
        IndexArn: `${arn}/index/byG`,
        WarmThroughput: { ReadUnitsPerSecond: 12000, WriteUnitsPerSecond: 4000, Status: "ACTIVE" },
      },
    ]);
    expect(Table.LocalSecondaryIndexes).toEqual([
      {
        IndexName: "byL",
        KeySchema: [HASH("pk"), RANGE("l")],
        Projection: { ProjectionType: "KEYS_ONLY" },
        IndexSizeBytes: 0,
        ItemCount: 0,
        IndexArn: `${arn}/index/byL`,
      },
    ]);
    expect(Table.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: "NEW_IMAGE" });
    expect(Table.LatestStreamLabel).toBe("2023-11-14T22:13:20.123");
    expect(Table.LatestStreamArn).toBe(`${arn}/stream/2023-11-14T22:13:20.123`);
    expect(Table.TableClassSummary).toEqual({ TableClass: "STANDARD_INFREQUENT_ACCESS" });
    expect(Table.SSEDescription).toEqual({
      Status: "ENABLED",
      SSEType: "KMS",
      KMSMasterKeyArn: "arn:aws:kms:us-east-1:000000000000:key/abc",
    });
    expect(Table.DeletionProtectionEnabled).toBe(true);
  });

  it("reports GSIs as CREATING in its own response", () => {
    const response = create(engine(), {
      AttributeDefinitions: [DEF("pk"), DEF("g")],
      GlobalSecondaryIndexes: [
        {
          IndexName: "byG",
          KeySchema: [HASH("g")],
          Projection: { ProjectionType: "ALL" },
          ProvisionedThroughput: PT,
        },
      ],
    }) as { TableDescription: { GlobalSecondaryIndexes: { IndexStatus: string; Backfilling?: boolean }[] } };
    expect(response.TableDescription.GlobalSecondaryIndexes[0]!.IndexStatus).toBe("CREATING");
    expect(response.TableDescription.GlobalSecondaryIndexes[0]!.Backfilling).toBeUndefined();
  });

  it("refuses an existing name", () => {
    const db = engine();
    create(db, {});
    const error = errorOf(() => create(db, {}));
    expect(error.type).toBe("ResourceInUseException");
    expect(error.message).toBe("Table already exists: orders");
  });

  it("applies DynamoDB's key-schema rules", () => {
    expectValidation(
      { KeySchema: [HASH("pk"), RANGE("pk")] },
      "Invalid KeySchema: Some index key attribute have no definition",
    );
    expectValidation(
      { KeySchema: [HASH("pk"), RANGE("sk")] },
      "Invalid KeySchema: Some index key attribute have no definition",
    );
    expectValidation(
      { AttributeDefinitions: [DEF("x")] },
      "One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: [pk], AttributeDefinitions: [x]",
    );
    expectValidation(
      { AttributeDefinitions: [DEF("pk"), DEF("sk")], KeySchema: [RANGE("sk"), HASH("pk")] },
      "Invalid KeySchema: The first KeySchemaElement is not a HASH key type",
    );
    expectValidation(
      { AttributeDefinitions: [DEF("pk"), DEF("sk")], KeySchema: [HASH("pk"), HASH("sk")] },
      "Invalid KeySchema: The second KeySchemaElement is not a RANGE key type",
    );
    expectValidation(
      { AttributeDefinitions: [DEF("pk"), DEF("pk", "N")] },
      "Attribute Name is duplicated: pk",
    );
    expectValidation(
      { AttributeDefinitions: [DEF("pk"), DEF("extra", "N")] },
      "One or more parameter values were invalid: Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions",
    );
  });

  it("lists unused definitions in request order and used keys in DynamoDB's set order", () => {
    expectValidation(
      {
        AttributeDefinitions: [DEF("sk"), DEF("a"), DEF("b"), DEF("pk"), DEF("c")],
        KeySchema: [HASH("pk"), RANGE("sk")],
        GlobalSecondaryIndexes: [
          {
            IndexName: "byA",
            KeySchema: [HASH("a")],
            Projection: { ProjectionType: "ALL" },
            ProvisionedThroughput: PT,
          },
        ],
      },
      "One or more parameter values were invalid: Some AttributeDefinitions are not used. AttributeDefinitions: [sk, a, b, pk, c], keys used: [a, sk, pk]",
    );
  });

  it("applies billing-mode rules to the table and its indexes", () => {
    expectValidation(
      { ProvisionedThroughput: undefined },
      "One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED",
    );
    expectValidation(
      { BillingMode: "PAY_PER_REQUEST" },
      "One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST",
    );
    const gsi = { IndexName: "byG", KeySchema: [HASH("g")], Projection: { ProjectionType: "ALL" } };
    expectValidation(
      { AttributeDefinitions: [DEF("pk"), DEF("g")], GlobalSecondaryIndexes: [gsi] },
      "One or more parameter values were invalid: ProvisionedThroughput is not specified for index: byG",
    );
    expectValidation(
      {
        AttributeDefinitions: [DEF("pk"), DEF("g")],
        BillingMode: "PAY_PER_REQUEST",
        ProvisionedThroughput: undefined,
        GlobalSecondaryIndexes: [{ ...gsi, ProvisionedThroughput: PT }],
      },
      "One or more parameter values were invalid: ProvisionedThroughput should not be specified for index: byG when BillingMode is PAY_PER_REQUEST",
    );
  });

  it("applies local-index rules", () => {
    const lsi = (keys: unknown[]) => ({
      IndexName: "byL",
      KeySchema: keys,
      Projection: { ProjectionType: "ALL" },
    });
    expectValidation(
      { AttributeDefinitions: [DEF("pk"), DEF("l")], LocalSecondaryIndexes: [lsi([HASH("pk"), RANGE("l")])] },
      "One or more parameter values were invalid: Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex",
    );
    const composite = {
      AttributeDefinitions: [DEF("pk"), DEF("sk"), DEF("o")],
      KeySchema: [HASH("pk"), RANGE("sk")],
    };
    expectValidation(
      { ...composite, LocalSecondaryIndexes: [lsi([HASH("o"), RANGE("sk")])] },
      "One or more parameter values were invalid: Index KeySchema does not have the same leading hash key as table KeySchema for index: byL. index hash key: o, table hash key: pk",
    );
    expectValidation(
      {
        ...composite,
        AttributeDefinitions: [DEF("pk"), DEF("sk")],
        LocalSecondaryIndexes: [lsi([HASH("pk")])],
      },
      "One or more parameter values were invalid: Index KeySchema does not have a range key for index: byL",
    );
    const six = Array.from({ length: 6 }, (_, i) => ({
      ...lsi([HASH("pk"), RANGE("o")]),
      IndexName: `lsi${i}`,
    }));
    expectValidation(
      { ...composite, LocalSecondaryIndexes: six },
      "One or more parameter values were invalid: Number of LocalSecondaryIndexes exceeds per-table limit of 5",
    );
  });

  it("applies projection, naming and count rules to global indexes", () => {
    const base = { AttributeDefinitions: [DEF("pk"), DEF("g")] };
    const gsi = (name: string, projection: Record<string, unknown>) => ({
      IndexName: name,
      KeySchema: [HASH("g")],
      Projection: projection,
      ProvisionedThroughput: PT,
    });
    expectValidation(
      { ...base, GlobalSecondaryIndexes: [gsi("byG", { ProjectionType: "INCLUDE" })] },
      "One or more parameter values were invalid: ProjectionType is INCLUDE, but NonKeyAttributes is not specified",
    );
    expectValidation(
      {
        ...base,
        GlobalSecondaryIndexes: [gsi("byG", { ProjectionType: "KEYS_ONLY", NonKeyAttributes: ["a"] })],
      },
      "One or more parameter values were invalid: ProjectionType is KEYS_ONLY, but NonKeyAttributes is specified",
    );
    expectValidation(
      { ...base, GlobalSecondaryIndexes: [gsi("byG", {})] },
      "One or more parameter values were invalid: Unknown ProjectionType: null",
    );
    expectValidation(
      {
        ...base,
        GlobalSecondaryIndexes: [gsi("byG", { ProjectionType: "INCLUDE", NonKeyAttributes: ["a", "a"] })],
      },
      "One or more parameter values were invalid: Duplicate element in NonKeyAttributes: a",
    );
    expectValidation(
      {
        ...base,
        GlobalSecondaryIndexes: [
          gsi("same", { ProjectionType: "ALL" }),
          gsi("same", { ProjectionType: "ALL" }),
        ],
      },
      "One or more parameter values were invalid: Duplicate index name: same",
    );
    expectValidation(
      {
        ...base,
        GlobalSecondaryIndexes: Array.from({ length: 21 }, (_, i) =>
          gsi(`gsi${i}`, { ProjectionType: "ALL" }),
        ),
      },
      "One or more parameter values were invalid: GlobalSecondaryIndex count exceeds the per-table limit of 20",
    );
    expectValidation(
      { ...base, GlobalSecondaryIndexes: [] },
      "One or more parameter values were invalid: List of GlobalSecondaryIndexes is empty",
    );
  });

  it("applies stream and encryption rules", () => {
    expectValidation(
      { StreamSpecification: { StreamEnabled: true } },
      "One or more parameter values were invalid: Table is being created with a stream enabled, UpdateViewType is required",
    );
    expectValidation(
      { StreamSpecification: { StreamEnabled: false, StreamViewType: "KEYS_ONLY" } },
      "One or more parameter values were invalid: Table is being created with a stream disabled, UpdateViewType should not be specified",
    );
    expectValidation(
      { SSESpecification: { Enabled: false, SSEType: "KMS" } },
      "One or more parameter values were invalid: SSEType can not be specified if Enabled is false",
    );
  });

  it("keeps the table in CREATING for the configured delay", async () => {
    const db = new Engine({ lifecycleDelays: { createMs: 20, deleteMs: 20 } });
    create(db, {});
    const describe = () =>
      db.execute("DescribeTable", { TableName: "orders" }) as { Table: { TableStatus: string } };
    expect(describe().Table.TableStatus).toBe("CREATING");
    expect(errorOf(() => db.db.requireTable("orders")).type).toBe("ResourceNotFoundException");
    const deleteError = errorOf(() => db.execute("DeleteTable", { TableName: "orders" }));
    expect(deleteError.type).toBe("ResourceInUseException");
    expect(deleteError.message).toBe(
      "Attempt to change a resource which is still in use: Table is being created: orders",
    );
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(describe().Table.TableStatus).toBe("ACTIVE");
  });
});
