import type { CaseGroup, Deviation, DiffCase } from "../harness/types.js";
import { deviationCase, MISSING_TABLE_DEVIATION, N, S, step, type Body } from "./builders.js";
import { withQueryDeviations } from "./read-deviations.js";
import { onFixture, ORDERED, ORDERED_FIXTURE } from "./read-fixtures.js";

const query = (body: Body) => step("Query", { TableName: ORDERED, ...body });
const onA = (extra: Body = {}, values: Body = {}) =>
  query({
    KeyConditionExpression: "pk = :p",
    ...extra,
    ExpressionAttributeValues: { ":p": S("a"), ...values },
  });
const keyed = (condition: string, values: Body, extra: Body = {}) =>
  query({ KeyConditionExpression: condition, ExpressionAttributeValues: values, ...extra });
const ordered = (name: string, request: ReturnType<typeof query>): DiffCase =>
  onFixture(ORDERED_FIXTURE, name, request);
const sortCondition = (name: string, condition: string, values: Body, extra: Body = {}) =>
  ordered(name, keyed(`pk = :p AND ${condition}`, { ":p": S("a"), ...values }, extra));

const emptyResult = (units: number) => ({
  status: 200,
  body: {
    Items: [],
    Count: 0,
    ScannedCount: 0,
    ConsumedCapacity: { TableName: ORDERED, CapacityUnits: units },
  },
});
// Unverified choice: no public record of DynamoDB's charge for a Query that reads nothing. The
// engine charges the documented minimum of one 4 KB read unit (half for an eventually consistent
// read), as GetItem is charged for a missing item; DynamoDB Local charges nothing.
const emptyReadCharge: Deviation = {
  source:
    "Unverified choice: Developer Guide, read capacity units (reads are charged in 4 KB units, rounded up; eventually consistent reads cost half)",
  note: "DynamoDB Local charges 0 units for a Query that reads no item",
  local: emptyResult(0),
  dynamodb: emptyResult(0.5),
};

export const queryCases: CaseGroup = withQueryDeviations({
  title: "Query",
  cases: [
    ordered("whole partition in sort order", onA()),
    ordered("second partition", keyed("pk = :p", { ":p": S("b") })),
    ordered("missing partition is empty", keyed("pk = :p", { ":p": S("zzz") })),
    sortCondition("sort key equals", "sk = :v", { ":v": N("3") }),
    sortCondition("sort key less than", "sk < :v", { ":v": N("3") }),
    sortCondition("sort key at most", "sk <= :v", { ":v": N("3") }),
    sortCondition("sort key greater than", "sk > :v", { ":v": N("3") }),
    sortCondition("sort key at least", "sk >= :v", { ":v": N("3") }),
    sortCondition("sort key between", "sk BETWEEN :lo AND :hi", { ":lo": N("2"), ":hi": N("4") }),
    sortCondition("between equal bounds", "sk BETWEEN :lo AND :hi", { ":lo": N("4"), ":hi": N("4") }),
    sortCondition("between beyond the data", "sk BETWEEN :lo AND :hi", { ":lo": N("7"), ":hi": N("90") }),
    sortCondition("sort key with a fraction", "sk > :v", { ":v": N("2.5") }),
    sortCondition("sort key with an exponent", "sk = :v", { ":v": N("3e0") }),
    sortCondition("negative bound", "sk > :v", { ":v": N("-100") }),
    ordered("key condition in parentheses", keyed("(pk = :p) AND (sk < :v)", { ":p": S("a"), ":v": N("3") })),
    ordered("sort condition first", keyed("sk < :v AND pk = :p", { ":p": S("a"), ":v": N("3") })),
    ordered(
      "key names through placeholders",
      query({
        KeyConditionExpression: "#p = :p AND #s >= :v",
        ExpressionAttributeNames: { "#p": "pk", "#s": "sk" },
        ExpressionAttributeValues: { ":p": S("a"), ":v": N("5") },
      }),
    ),
    ordered("descending order", onA({ ScanIndexForward: false })),
    ordered(
      "descending with a range",
      keyed("pk = :p AND sk <= :v", { ":p": S("a"), ":v": N("4") }, { ScanIndexForward: false }),
    ),
    ordered("Limit 1", onA({ Limit: 1 })),
    ordered("Limit 2 descending", onA({ Limit: 2, ScanIndexForward: false })),
    ordered("Limit equal to the partition size", onA({ Limit: 6 })),
    ordered("Limit above the partition size", onA({ Limit: 7 })),
    ordered("second page", onA({ Limit: 2, ExclusiveStartKey: { pk: S("a"), sk: N("2") } })),
    ordered("last page", onA({ Limit: 2, ExclusiveStartKey: { pk: S("a"), sk: N("4") } })),
    ordered("start after the last item", onA({ ExclusiveStartKey: { pk: S("a"), sk: N("6") } })),
    ordered("start key between items", onA({ ExclusiveStartKey: { pk: S("a"), sk: N("2.5") } })),
    ordered(
      "descending second page",
      onA({ Limit: 2, ScanIndexForward: false, ExclusiveStartKey: { pk: S("a"), sk: N("5") } }),
    ),
    ordered(
      "start key with a range condition",
      keyed(
        "pk = :p AND sk > :v",
        { ":p": S("a"), ":v": N("1") },
        { ExclusiveStartKey: { pk: S("a"), sk: N("3") } },
      ),
    ),
    ordered("Select COUNT", onA({ Select: "COUNT" })),
    ordered("Select COUNT with Limit", onA({ Select: "COUNT", Limit: 4 })),
    ordered("Select ALL_ATTRIBUTES", onA({ Select: "ALL_ATTRIBUTES", Limit: 2 })),
    ordered("Select SPECIFIC_ATTRIBUTES", onA({ Select: "SPECIFIC_ATTRIBUTES", ProjectionExpression: "s" })),
    ordered("projection of one attribute", onA({ ProjectionExpression: "n" })),
    ordered("projection of key attributes", onA({ ProjectionExpression: "sk, pk" })),
    ordered("projection of nested paths", onA({ ProjectionExpression: "l[1], m.x" })),
    ordered("projection of a missing attribute", onA({ ProjectionExpression: "nothing" })),
    ordered(
      "projection with a name placeholder",
      onA({ ProjectionExpression: "#t", ExpressionAttributeNames: { "#t": "tag" } }),
    ),
    ordered("filter on a number", onA({ FilterExpression: "n > :f" }, { ":f": N("25") })),
    ordered("filter keeps nothing", onA({ FilterExpression: "n > :f" }, { ":f": N("1000") })),
    ordered(
      "filter with Limit counts scanned items",
      onA({ FilterExpression: "tag = :t", Limit: 3 }, { ":t": S("even") }),
    ),
    ordered("filter attribute_exists", onA({ FilterExpression: "attribute_exists(l)" })),
    ordered("filter attribute_not_exists", onA({ FilterExpression: "attribute_not_exists(m)" })),
    ordered("filter begins_with", onA({ FilterExpression: "begins_with(s, :b)" }, { ":b": S("item-1") })),
    ordered("filter contains on a list", onA({ FilterExpression: "contains(l, :c)" }, { ":c": S("two") })),
    ordered("filter size", onA({ FilterExpression: "size(s) = :z" }, { ":z": N("6") })),
    ordered("filter IN", onA({ FilterExpression: "n IN (:x, :y)" }, { ":x": N("20"), ":y": N("50") })),
    ordered(
      "filter NOT and OR",
      onA({ FilterExpression: "NOT tag = :t OR n = :x" }, { ":t": S("odd"), ":x": N("10") }),
    ),
    ordered("filter on a nested path", onA({ FilterExpression: "m.x >= :x" }, { ":x": N("4") })),
    ordered("filter comparing different types", onA({ FilterExpression: "s < :x" }, { ":x": N("4") })),
    ordered(
      "filter with Select COUNT",
      onA({ FilterExpression: "tag = :t", Select: "COUNT" }, { ":t": S("odd") }),
    ),
    ordered(
      "filter and projection",
      onA({ FilterExpression: "tag = :t", ProjectionExpression: "sk" }, { ":t": S("odd") }),
    ),
    ordered("capacity TOTAL", onA({ ReturnConsumedCapacity: "TOTAL" })),
    ordered(
      "capacity TOTAL strongly consistent",
      onA({ ReturnConsumedCapacity: "TOTAL", ConsistentRead: true }),
    ),
    ordered("capacity INDEXES", onA({ ReturnConsumedCapacity: "INDEXES" })),
    ordered("capacity NONE", onA({ ReturnConsumedCapacity: "NONE" })),
    {
      ...ordered(
        "capacity of an empty result",
        keyed("pk = :p", { ":p": S("zzz") }, { ReturnConsumedCapacity: "TOTAL" }),
      ),
      deviation: emptyReadCharge,
    },
    ordered(
      "capacity with a filter",
      onA({ ReturnConsumedCapacity: "TOTAL", FilterExpression: "n > :f" }, { ":f": N("1000") }),
    ),
    ordered(
      "legacy KeyConditions EQ",
      query({ KeyConditions: { pk: { ComparisonOperator: "EQ", AttributeValueList: [S("a")] } } }),
    ),
    ordered(
      "legacy KeyConditions BETWEEN",
      query({
        KeyConditions: {
          pk: { ComparisonOperator: "EQ", AttributeValueList: [S("a")] },
          sk: { ComparisonOperator: "BETWEEN", AttributeValueList: [N("2"), N("3")] },
        },
      }),
    ),
    ordered(
      "legacy QueryFilter and AttributesToGet",
      query({
        KeyConditions: { pk: { ComparisonOperator: "EQ", AttributeValueList: [S("a")] } },
        QueryFilter: { tag: { ComparisonOperator: "EQ", AttributeValueList: [S("odd")] } },
        AttributesToGet: ["sk", "tag"],
      }),
    ),
    // Bad input.
    deviationCase(
      "missing table",
      MISSING_TABLE_DEVIATION,
      keyed("pk = :p", { ":p": S("a") }, { TableName: "diff_missing" }),
    ),
    ordered("no key condition at all", query({})),
    ordered("only a sort key condition", keyed("sk = :v", { ":v": N("1") })),
    ordered("non-key attribute in the key condition", keyed("n = :v", { ":v": N("1") })),
    ordered("partition key with a range operator", keyed("pk > :p", { ":p": S("a") })),
    ordered("partition key with begins_with", keyed("begins_with(pk, :p)", { ":p": S("a") })),
    ordered("OR in the key condition", keyed("pk = :p OR sk = :v", { ":p": S("a"), ":v": N("1") })),
    ordered("NOT in the key condition", keyed("pk = :p AND NOT sk = :v", { ":p": S("a"), ":v": N("1") })),
    ordered(
      "two sort key conditions",
      keyed("pk = :p AND sk > :v AND sk < :w", { ":p": S("a"), ":v": N("1"), ":w": N("3") }),
    ),
    ordered("partition key twice", keyed("pk = :p AND pk = :p", { ":p": S("a") })),
    ordered(
      "begins_with on a number sort key",
      keyed("pk = :p AND begins_with(sk, :v)", { ":p": S("a"), ":v": N("1") }),
    ),
    ordered("IN in the key condition", keyed("pk IN (:p)", { ":p": S("a") })),
    ordered("<> in the key condition", keyed("pk = :p AND sk <> :v", { ":p": S("a"), ":v": N("1") })),
    ordered(
      "size() in the key condition",
      keyed("pk = :p AND size(sk) = :v", { ":p": S("a"), ":v": N("1") }),
    ),
    ordered(
      "attribute_exists in the key condition",
      keyed("pk = :p AND attribute_exists(sk)", { ":p": S("a") }),
    ),
    ordered("partition value of the wrong type", keyed("pk = :p", { ":p": N("1") })),
    ordered("sort value of the wrong type", keyed("pk = :p AND sk = :v", { ":p": S("a"), ":v": S("1") })),
    ordered(
      "between bounds reversed",
      keyed("pk = :p AND sk BETWEEN :hi AND :lo", { ":p": S("a"), ":lo": N("2"), ":hi": N("4") }),
    ),
    ordered("key compared with a key", keyed("pk = sk", {})),
    ordered("nested path in the key condition", keyed("pk.x = :p", { ":p": S("a") })),
    ordered("empty key condition", keyed("", { ":p": S("a") })),
    ordered("key condition syntax error", keyed("pk = = :p", { ":p": S("a") })),
    ordered("undefined value in the key condition", keyed("pk = :nope", {})),
    ordered(
      "undefined name in the key condition",
      query({ KeyConditionExpression: "#k = :p", ExpressionAttributeValues: { ":p": S("a") } }),
    ),
    ordered("unused expression value", onA({}, { ":unused": S("x") })),
    ordered("unused expression name", onA({ ExpressionAttributeNames: { "#unused": "x" } })),
    ordered("reserved word in the filter", onA({ FilterExpression: "status = :v" }, { ":v": N("1") })),
    ordered("filter on the partition key", onA({ FilterExpression: "pk = :p" })),
    ordered("filter on the sort key", onA({ FilterExpression: "sk > :v" }, { ":v": N("1") })),
    ordered("filter syntax error", onA({ FilterExpression: "n >" })),
    ordered("empty filter", onA({ FilterExpression: "" })),
    ordered("empty projection", onA({ ProjectionExpression: "" })),
    ordered("projection of overlapping paths", onA({ ProjectionExpression: "m, m.x" })),
    ordered("Select SPECIFIC_ATTRIBUTES without attributes", onA({ Select: "SPECIFIC_ATTRIBUTES" })),
    ordered(
      "Select ALL_ATTRIBUTES with a projection",
      onA({ Select: "ALL_ATTRIBUTES", ProjectionExpression: "n" }),
    ),
    ordered("Select COUNT with a projection", onA({ Select: "COUNT", ProjectionExpression: "n" })),
    ordered("Select ALL_PROJECTED_ATTRIBUTES without an index", onA({ Select: "ALL_PROJECTED_ATTRIBUTES" })),
    ordered("Select not in the enum", onA({ Select: "EVERYTHING" })),
    ordered("Limit 0", onA({ Limit: 0 })),
    ordered("negative Limit", onA({ Limit: -5 })),
    ordered("capacity mode not in the enum", onA({ ReturnConsumedCapacity: "SOME" })),
    ordered("unknown index", onA({ IndexName: "noSuchIndex" })),
    ordered("start key without the sort key", onA({ ExclusiveStartKey: { pk: S("a") } })),
    ordered("start key of the wrong type", onA({ ExclusiveStartKey: { pk: S("a"), sk: S("2") } })),
    ordered(
      "start key with an extra attribute",
      onA({ ExclusiveStartKey: { pk: S("a"), sk: N("2"), n: N("1") } }),
    ),
    ordered("start key in another partition", onA({ ExclusiveStartKey: { pk: S("b"), sk: N("2") } })),
    ordered(
      "start key outside the range condition",
      keyed(
        "pk = :p AND sk > :v",
        { ":p": S("a"), ":v": N("3") },
        { ExclusiveStartKey: { pk: S("a"), sk: N("1") } },
      ),
    ),
    ordered(
      "expression and KeyConditions together",
      onA({ KeyConditions: { pk: { ComparisonOperator: "EQ", AttributeValueList: [S("a")] } } }),
    ),
    ordered(
      "FilterExpression and QueryFilter together",
      onA(
        {
          FilterExpression: "n > :f",
          QueryFilter: { n: { ComparisonOperator: "GT", AttributeValueList: [N("1")] } },
        },
        { ":f": N("1") },
      ),
    ),
    ordered(
      "ProjectionExpression and AttributesToGet together",
      onA({ ProjectionExpression: "n", AttributesToGet: ["n"] }),
    ),
    ordered(
      "legacy KeyConditions missing the partition key",
      query({ KeyConditions: { sk: { ComparisonOperator: "EQ", AttributeValueList: [N("1")] } } }),
    ),
    ordered(
      "legacy KeyConditions with a non-key operator",
      query({ KeyConditions: { pk: { ComparisonOperator: "NE", AttributeValueList: [S("a")] } } }),
    ),
    ordered(
      "expression values without expressions",
      query({
        KeyConditions: { pk: { ComparisonOperator: "EQ", AttributeValueList: [S("a")] } },
        ExpressionAttributeValues: { ":v": S("x") },
      }),
    ),
  ],
});
