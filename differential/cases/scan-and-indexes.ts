import type { CaseGroup, DiffCase, Step } from "../harness/types.js";
import {
  createTableBody,
  deviationCase,
  diffCase,
  MISSING_TABLE_DEVIATION,
  N,
  S,
  step,
  type Body,
} from "./builders.js";
import { withIndexDeviations, withScanDeviations } from "./read-deviations.js";
import {
  INDEXED,
  INDEXED_FIXTURE,
  onFixture,
  ORDERED,
  ORDERED_A_FIXTURE,
  ORDERED_FIXTURE,
} from "./read-fixtures.js";

// Scan order across partitions is each server's own hash order, so multi-partition results are
// compared as sets; paging cases stay inside one partition, where the order is the sort order.
const ITEMS = ["Items"];
const scan = (body: Body = {}, unordered = ITEMS) =>
  step("Scan", { TableName: ORDERED, ...body }, { unordered });
const scanned = (name: string, request: Step): DiffCase => onFixture(ORDERED_FIXTURE, name, request);
const singlePartition = (name: string, body: Body): DiffCase =>
  onFixture(ORDERED_A_FIXTURE, name, scan(body, []));

const onIndex = (index: string, body: Body, unordered: string[] = []) =>
  step("Query", { TableName: INDEXED, IndexName: index, ...body }, { unordered });
const owner = (index: string, value: string, extra: Body = {}, unordered: string[] = []) =>
  onIndex(
    index,
    {
      KeyConditionExpression: "#o = :o",
      ExpressionAttributeNames: { "#o": "owner" },
      ExpressionAttributeValues: { ":o": S(value) },
      ...extra,
    },
    unordered,
  );
const partition = (index: string, extra: Body = {}, values: Body = {}) =>
  onIndex(index, {
    KeyConditionExpression: "pk = :p",
    ExpressionAttributeValues: { ":p": S("p1"), ...values },
    ...extra,
  });
const indexed = (name: string, request: Step): DiffCase => onFixture(INDEXED_FIXTURE, name, request);
const indexScan = (index: string, extra: Body = {}) =>
  step("Scan", { TableName: INDEXED, IndexName: index, ...extra }, { unordered: ITEMS });

export const scanCases: CaseGroup = withScanDeviations({
  title: "Scan",
  cases: [
    scanned("whole table", scan()),
    scanned("Select COUNT", scan({ Select: "COUNT" })),
    scanned(
      "filter on a number",
      scan({ FilterExpression: "n > :v", ExpressionAttributeValues: { ":v": N("15") } }),
    ),
    scanned(
      "filter on the partition key",
      scan({ FilterExpression: "pk = :p", ExpressionAttributeValues: { ":p": S("b") } }),
    ),
    scanned(
      "filter on the sort key",
      scan({
        FilterExpression: "sk BETWEEN :a AND :b",
        ExpressionAttributeValues: { ":a": N("2"), ":b": N("3") },
      }),
    ),
    scanned(
      "filter with COUNT",
      scan({ Select: "COUNT", FilterExpression: "tag = :t", ExpressionAttributeValues: { ":t": S("even") } }),
    ),
    scanned("projection", scan({ ProjectionExpression: "pk, s" })),
    scanned("projection of a nested path", scan({ ProjectionExpression: "m.y" })),
    scanned("capacity TOTAL", scan({ ReturnConsumedCapacity: "TOTAL" })),
    scanned(
      "capacity INDEXES strongly consistent",
      scan({ ReturnConsumedCapacity: "INDEXES", ConsistentRead: true }),
    ),
    scanned("one segment of one", scan({ Segment: 0, TotalSegments: 1 })),
    scanned(
      "legacy ScanFilter",
      scan({ ScanFilter: { tag: { ComparisonOperator: "EQ", AttributeValueList: [S("odd")] } } }),
    ),
    scanned(
      "legacy ScanFilter NOT_NULL",
      scan({ ScanFilter: { l: { ComparisonOperator: "NOT_NULL" } }, AttributesToGet: ["sk"] }),
    ),
    diffCase("empty table", step("CreateTable", createTableBody(ORDERED, ["pk", "S"], ["sk", "N"])), scan()),
    singlePartition("single partition in sort order", {}),
    singlePartition("Limit 2 pages", { Limit: 2 }),
    singlePartition("second page", { Limit: 2, ExclusiveStartKey: { pk: S("a"), sk: N("2") } }),
    singlePartition("last page", { Limit: 4, ExclusiveStartKey: { pk: S("a"), sk: N("2") } }),
    singlePartition("Limit with a filter", {
      Limit: 3,
      FilterExpression: "tag = :t",
      ExpressionAttributeValues: { ":t": S("even") },
    }),
    singlePartition("Limit with COUNT", { Limit: 5, Select: "COUNT" }),
    // Bad input.
    deviationCase("missing table", MISSING_TABLE_DEVIATION, step("Scan", { TableName: "diff_missing" })),
    scanned("Segment without TotalSegments", scan({ Segment: 0 })),
    scanned("TotalSegments without Segment", scan({ TotalSegments: 2 })),
    scanned("Segment equal to TotalSegments", scan({ Segment: 5, TotalSegments: 5 })),
    scanned("negative Segment", scan({ Segment: -1, TotalSegments: 2 })),
    scanned("TotalSegments 0", scan({ Segment: 0, TotalSegments: 0 })),
    scanned("TotalSegments above 1000000", scan({ Segment: 0, TotalSegments: 1000001 })),
    scanned("Limit 0", scan({ Limit: 0 })),
    scanned("Select not in the enum", scan({ Select: "SOME" })),
    scanned("Select SPECIFIC_ATTRIBUTES without attributes", scan({ Select: "SPECIFIC_ATTRIBUTES" })),
    scanned("Select COUNT with a projection", scan({ Select: "COUNT", ProjectionExpression: "n" })),
    scanned("filter syntax error", scan({ FilterExpression: "n = " })),
    scanned("filter with an undefined value", scan({ FilterExpression: "n = :nope" })),
    scanned("filter with an unknown function", scan({ FilterExpression: "nope(n)" })),
    scanned("reserved word in the projection", scan({ ProjectionExpression: "status" })),
    scanned("unknown index", scan({ IndexName: "noSuchIndex" })),
    scanned("start key without the sort key", scan({ ExclusiveStartKey: { pk: S("a") } })),
    scanned("start key of the wrong type", scan({ ExclusiveStartKey: { pk: N("1"), sk: N("1") } })),
    scanned(
      "ScanFilter and FilterExpression together",
      scan({
        FilterExpression: "n > :v",
        ExpressionAttributeValues: { ":v": N("1") },
        ScanFilter: { n: { ComparisonOperator: "GT", AttributeValueList: [N("1")] } },
      }),
    ),
    scanned(
      "ScanFilter with a bad operator",
      scan({ ScanFilter: { n: { ComparisonOperator: "BEGINS_WITH", AttributeValueList: [N("1")] } } }),
    ),
  ],
});

export const indexCases: CaseGroup = withIndexDeviations({
  title: "Secondary index reads",
  cases: [
    indexed("GSI with ALL projection", owner("byOwner", "ann")),
    indexed("GSI descending", owner("byOwner", "ann", { ScanIndexForward: false })),
    indexed(
      "GSI range condition",
      owner("byOwner", "ann", {
        KeyConditionExpression: "#o = :o AND #d > :d",
        ExpressionAttributeNames: { "#o": "owner", "#d": "date" },
        ExpressionAttributeValues: { ":o": S("ann"), ":d": S("2024-01-02") },
      }),
    ),
    indexed(
      "GSI begins_with on the range key",
      owner("byOwner", "ann", {
        KeyConditionExpression: "#o = :o AND begins_with(#d, :d)",
        ExpressionAttributeNames: { "#o": "owner", "#d": "date" },
        ExpressionAttributeValues: { ":o": S("ann"), ":d": S("2024-01") },
      }),
    ),
    indexed("GSI Limit 1 page", owner("byOwner", "ann", { Limit: 1 })),
    indexed(
      "GSI second page",
      owner("byOwner", "ann", {
        Limit: 1,
        ExclusiveStartKey: { owner: S("ann"), date: S("2024-01-01"), pk: S("p1"), sk: S("s2") },
      }),
    ),
    indexed("GSI other owner", owner("byOwner", "bob")),
    indexed("GSI owner with no items", owner("byOwner", "zed")),
    indexed("GSI KEYS_ONLY projection", owner("ownerKeys", "ann", {}, ITEMS)),
    indexed("GSI INCLUDE projection", owner("ownerInclude", "ann")),
    indexed(
      "GSI Select ALL_PROJECTED_ATTRIBUTES",
      owner("ownerInclude", "ann", { Select: "ALL_PROJECTED_ATTRIBUTES" }),
    ),
    indexed("GSI Select COUNT", owner("ownerKeys", "ann", { Select: "COUNT" })),
    indexed(
      "GSI filter on a projected attribute",
      owner("byOwner", "ann", {
        FilterExpression: "#r > :r",
        ExpressionAttributeNames: { "#o": "owner", "#r": "rank" },
        ExpressionAttributeValues: { ":o": S("ann"), ":r": N("4") },
      }),
    ),
    indexed(
      "GSI filter on the table key",
      owner("byOwner", "ann", {
        FilterExpression: "pk = :p",
        ExpressionAttributeValues: { ":o": S("ann"), ":p": S("p2") },
      }),
    ),
    indexed(
      "GSI projection of a projected attribute",
      owner("ownerInclude", "ann", { ProjectionExpression: "n, sk" }),
    ),
    indexed("GSI capacity TOTAL", owner("byOwner", "ann", { ReturnConsumedCapacity: "TOTAL" })),
    indexed("GSI capacity INDEXES", owner("byOwner", "ann", { ReturnConsumedCapacity: "INDEXES" })),
    indexed("GSI scan is sparse", indexScan("byOwner")),
    indexed("GSI KEYS_ONLY scan", indexScan("ownerKeys")),
    indexed(
      "GSI scan with capacity INDEXES",
      indexScan("ownerInclude", { ReturnConsumedCapacity: "INDEXES" }),
    ),
    indexed("LSI with ALL projection", partition("byDate")),
    indexed("LSI is sparse", partition("byDate", { Select: "COUNT" })),
    indexed("LSI descending", partition("byDate", { ScanIndexForward: false })),
    indexed(
      "LSI range condition",
      partition(
        "byDate",
        { KeyConditionExpression: "pk = :p AND #d < :d", ExpressionAttributeNames: { "#d": "date" } },
        { ":d": S("2024-01-03") },
      ),
    ),
    indexed(
      "LSI strongly consistent",
      partition("byDate", { ConsistentRead: true, ReturnConsumedCapacity: "TOTAL" }),
    ),
    indexed("LSI KEYS_ONLY projection", partition("dateKeys")),
    indexed(
      "LSI KEYS_ONLY fetches other attributes",
      partition("dateKeys", { Select: "ALL_ATTRIBUTES", ReturnConsumedCapacity: "INDEXES" }),
    ),
    indexed(
      "LSI projection beyond the index",
      partition("dateKeys", {
        ProjectionExpression: "extra, #r",
        ExpressionAttributeNames: { "#r": "rank" },
      }),
    ),
    indexed(
      "LSI number range",
      partition(
        "dateKeys",
        {
          KeyConditionExpression: "pk = :p AND #r BETWEEN :a AND :b",
          ExpressionAttributeNames: { "#r": "rank" },
        },
        { ":a": N("2"), ":b": N("5") },
      ),
    ),
    indexed(
      "LSI second page",
      partition("dateKeys", { Limit: 2, ExclusiveStartKey: { pk: S("p1"), sk: S("s2"), rank: N("3") } }),
    ),
    indexed("LSI scan", indexScan("byDate")),
    indexed("LSI capacity INDEXES", partition("byDate", { ReturnConsumedCapacity: "INDEXES" })),
    // Bad input.
    indexed("GSI strongly consistent", owner("byOwner", "ann", { ConsistentRead: true })),
    indexed("GSI scan strongly consistent", indexScan("byOwner", { ConsistentRead: true })),
    indexed("GSI queried by the table key", partition("byOwner")),
    indexed(
      "GSI filter on its own key",
      owner("byOwner", "ann", {
        FilterExpression: "#d > :d",
        ExpressionAttributeNames: { "#o": "owner", "#d": "date" },
        ExpressionAttributeValues: { ":o": S("ann"), ":d": S("2024") },
      }),
    ),
    indexed(
      "GSI Select ALL_ATTRIBUTES on KEYS_ONLY",
      owner("ownerKeys", "ann", { Select: "ALL_ATTRIBUTES" }),
    ),
    indexed(
      "GSI projection beyond the index",
      owner("ownerInclude", "ann", { ProjectionExpression: "extra" }),
    ),
    indexed(
      "GSI key value of the wrong type",
      onIndex("byOwner", {
        KeyConditionExpression: "#o = :o",
        ExpressionAttributeNames: { "#o": "owner" },
        ExpressionAttributeValues: { ":o": N("1") },
      }),
    ),
    indexed(
      "GSI start key missing the table key",
      owner("byOwner", "ann", { ExclusiveStartKey: { owner: S("ann"), date: S("2024-01-01") } }),
    ),
    indexed("LSI queried by another partition attribute", owner("byDate", "ann")),
    indexed(
      "LSI filter on its range key",
      partition(
        "byDate",
        { FilterExpression: "#d > :d", ExpressionAttributeNames: { "#d": "date" } },
        { ":d": S("2024") },
      ),
    ),
    indexed("index name too short", partition("ab")),
    indexed(
      "Select ALL_PROJECTED_ATTRIBUTES with a projection",
      owner("ownerInclude", "ann", { Select: "ALL_PROJECTED_ATTRIBUTES", ProjectionExpression: "n" }),
    ),
  ],
});
