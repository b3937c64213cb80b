import type { CaseGroup, Deviation, DiffCase, Step, WireResponse } from "../harness/types.js";
import { compositeTable, diffCase, hashTable, N, put, S, step, TABLE, type Body } from "./builders.js";
import {
  CORAL,
  errorDeviation,
  NO_SHAPE_VALIDATION,
  validationTexts,
  withDeviations,
} from "./recorded-deviations.js";

const seeded = (...rest: Step[]): Step[] => [
  hashTable(),
  put({ pk: S("a"), v: N("1"), s: S("alpha"), l: { L: [N("1"), N("2")] } }),
  put({ pk: S("b"), v: N("2") }),
  ...rest,
];
const sql = (name: string, ...rest: Step[]): DiffCase => diffCase(name, ...seeded(...rest));
const statement = (text: string, extra: Body = {}, unordered: string[] = []) =>
  step("ExecuteStatement", { Statement: text, ...extra }, { unordered });
const scanAll = step("Scan", { TableName: TABLE }, { unordered: ["Items"] });
const batch = (statements: Body[], extra: Body = {}) =>
  step("BatchExecuteStatement", { Statements: statements, ...extra });
const transaction = (statements: Body[], extra: Body = {}) =>
  step("ExecuteTransaction", { TransactStatements: statements, ...extra });
const stmt = (text: string, parameters?: Body[]) => ({
  Statement: text,
  ...(parameters ? { Parameters: parameters } : {}),
});
const T = `"${TABLE}"`;

const CAPACITY_SOURCE =
  "API reference ExecuteStatement/BatchExecuteStatement/ExecuteTransaction (ConsumedCapacity in the response); real answers reported in nubo-db/dynoxide#57";
const MALFORMED = "Statement wasn't well formed, can't be processed: ";
const NOT_DML_SOURCE =
  "nubo-db/dynoxide#149 (checked against DynamoDB: a statement not starting with a DML keyword is 'Expected data manipulation')";
const itemA = { pk: S("a"), v: N("1"), s: S("alpha"), l: { L: [N("1"), N("2")] } };
const ok = (body: Body): WireResponse => ({ status: 200, body });

/** DynamoDB Local leaves ConsumedCapacity out of PartiQL answers. */
const capacity = (answer: Body, consumed: unknown): Deviation => ({
  source: CAPACITY_SOURCE,
  note: "DynamoDB Local sends no ConsumedCapacity on PartiQL operations",
  local: ok(answer),
  dynamodb: ok({ ...answer, ConsumedCapacity: consumed }),
});
const shape = (local: string, dynamodb: string): Deviation =>
  validationTexts(CORAL, NO_SHAPE_VALIDATION, local, `1 validation error detected: ${dynamodb}`);
// Unverified for PartiQL: the text is DynamoDB's for the item operations a statement becomes.
const missingTable = errorDeviation(
  "Unverified choice: conformance tier3/error-messages/getItem.test.ts (the text for the item operations a statement becomes)",
  "DynamoDB Local words the missing-table error differently",
  ["ResourceNotFoundException", "Cannot do operations on a non-existent table"],
  ["ResourceNotFoundException", "Requested resource not found"],
);

const PARTIQL_DEVIATIONS: Record<string, Deviation | "outcome"> = {
  "select with capacity TOTAL": capacity({ Items: [itemA] }, { TableName: TABLE, CapacityUnits: 0.5 }),
  "batch with capacity TOTAL": capacity({ Responses: [{ TableName: TABLE, Item: itemA }] }, [
    { TableName: TABLE, CapacityUnits: 0.5 },
  ]),
  "transaction with capacity TOTAL": capacity({ Responses: [] }, [
    { TableName: TABLE, CapacityUnits: 2, WriteCapacityUnits: 2 },
  ]),
  "syntax error": validationTexts(
    NOT_DML_SOURCE,
    "DynamoDB Local quotes the statement instead of the parser's reason",
    `${MALFORMED}SELEC * FROM "diff_items"`,
    `${MALFORMED}Expected data manipulation`,
  ),
  "batch with a syntax error": {
    source: NOT_DML_SOURCE,
    note: "DynamoDB Local quotes the statement instead of the parser's reason",
    local: ok({ Responses: [{ Error: { Code: "ValidationError", Message: `${MALFORMED}SELEC nothing` } }] }),
    dynamodb: ok({
      Responses: [{ Error: { Code: "ValidationError", Message: `${MALFORMED}Expected data manipulation` } }],
    }),
  },
  "empty statement": shape(
    MALFORMED,
    "Value '' at 'statement' failed to satisfy constraint: Member must have length greater than or equal to 1",
  ),
  "batch with no statements": shape(
    "The statement was empty.",
    "Value '[]' at 'statements' failed to satisfy constraint: Member must have length greater than or equal to 1",
  ),
  "transaction with no statements": shape(
    "ExecutePartiQLTransaction can not have empty statement.",
    "Value '[]' at 'transactStatements' failed to satisfy constraint: Member must have length greater than or equal to 1",
  ),
  // DynamoDB echoes all 26 statements Java-style; only the exception type is compared.
  "batch of twenty-six statements": "outcome",
  "transaction token too long": {
    source: CORAL,
    note: "DynamoDB Local does not check the ClientRequestToken length on ExecuteTransaction",
    local: ok({ Responses: [] }),
    dynamodb: {
      status: 400,
      body: {
        __type: "com.amazon.coral.validate#ValidationException",
        message: `1 validation error detected: Value '${"t".repeat(37)}' at 'clientRequestToken' failed to satisfy constraint: Member must have length less than or equal to 36`,
      },
    },
  },
  "select from a missing table": missingTable,
  "insert into a missing table": missingTable,
  "insert a duplicate key": errorDeviation(
    "API reference ExecuteStatement (DuplicateItemException); conformance tier2/partiql/executeStatement.test.ts",
    "DynamoDB Local names the exception DuplicateItem",
    ["DuplicateItem", "Duplicate primary key exists in table"],
    ["DuplicateItemException", "Duplicate primary key exists in table"],
  ),
  // Unverified: no source shows DynamoDB's answer to surplus parameters; the engine counts them
  // as a mismatch, as the text itself says.
  "too many parameters": {
    source:
      "Unverified choice: no public AWS answer found; the engine reads the text as a count that must match",
    note: "DynamoDB Local ignores parameters the statement does not use",
    local: ok({ Items: [itemA] }),
    dynamodb: {
      status: 400,
      body: {
        __type: "com.amazon.coral.validate#ValidationException",
        message: "Number of parameters in request and statement don't match.",
      },
    },
  },
  "bad parameter value": validationTexts(
    "/work/shared/reference/dynamodb-behaviour.md (DynamoDB's text for a number that does not parse)",
    "DynamoDB Local words a number that does not parse in its own way",
    "A value provided cannot be converted into a number",
    "The parameter cannot be converted to a numeric value: x",
  ),
};

const partiqlCaseList: CaseGroup = {
  title: "PartiQL",
  cases: [
    sql("select by key", statement(`SELECT * FROM ${T} WHERE pk = 'a'`)),
    sql(
      "select by key with a parameter",
      statement(`SELECT * FROM ${T} WHERE pk = ?`, { Parameters: [S("b")] }),
    ),
    sql("select named attributes", statement(`SELECT v, s FROM ${T} WHERE pk = 'a'`)),
    sql("select a nested element", statement(`SELECT l[1] FROM ${T} WHERE pk = 'a'`)),
    sql("select a missing key", statement(`SELECT * FROM ${T} WHERE pk = 'zzz'`)),
    sql("select the whole table", statement(`SELECT * FROM ${T}`, {}, ["Items"])),
    sql("select with a non-key filter", statement(`SELECT pk FROM ${T} WHERE v > 1`)),
    sql("select with IN on the key", statement(`SELECT pk FROM ${T} WHERE pk IN ['a', 'b']`, {}, ["Items"])),
    sql(
      "select strongly consistent",
      statement(`SELECT * FROM ${T} WHERE pk = 'a'`, { ConsistentRead: true }),
    ),
    sql(
      "select with capacity TOTAL",
      statement(`SELECT * FROM ${T} WHERE pk = 'a'`, { ReturnConsumedCapacity: "TOTAL" }),
    ),
    sql(
      "select with Limit",
      compositeTable(),
      ...["1", "2", "3"].map((sk) => put({ pk: S("x"), sk: S(sk) }, {}, "diff_composite")),
      statement(`SELECT * FROM "diff_composite" WHERE pk = 'x'`, { Limit: 2 }),
    ),
    sql("insert a new item", statement(`INSERT INTO ${T} VALUE {'pk': 'c', 'v': 3}`), scanAll),
    sql(
      "insert with parameters",
      statement(`INSERT INTO ${T} VALUE {'pk': ?, 'v': ?}`, { Parameters: [S("d"), N("4")] }),
      scanAll,
    ),
    sql("insert answer", statement(`INSERT INTO ${T} VALUE {'pk': 'c'}`)),
    sql("update with SET", statement(`UPDATE ${T} SET v = 10 WHERE pk = 'a'`), scanAll),
    sql("update with arithmetic", statement(`UPDATE ${T} SET v = v + 5 WHERE pk = 'b'`), scanAll),
    sql("update with REMOVE", statement(`UPDATE ${T} REMOVE s WHERE pk = 'a'`), scanAll),
    sql(
      "update with a condition that holds",
      statement(`UPDATE ${T} SET v = 7 WHERE pk = 'a' AND v = 1`),
      scanAll,
    ),
    sql("delete by key", statement(`DELETE FROM ${T} WHERE pk = 'a'`), scanAll),
    sql("delete a missing item", statement(`DELETE FROM ${T} WHERE pk = 'zzz'`)),
    sql(
      "batch of selects",
      batch([stmt(`SELECT * FROM ${T} WHERE pk = 'a'`), stmt(`SELECT * FROM ${T} WHERE pk = 'zzz'`)]),
    ),
    sql(
      "batch of writes",
      batch([stmt(`INSERT INTO ${T} VALUE {'pk': 'c'}`), stmt(`DELETE FROM ${T} WHERE pk = 'b'`)]),
      scanAll,
    ),
    sql(
      "batch with one failing insert",
      batch([stmt(`INSERT INTO ${T} VALUE {'pk': 'a'}`), stmt(`INSERT INTO ${T} VALUE {'pk': 'c'}`)]),
    ),
    sql(
      "batch with capacity TOTAL",
      batch([stmt(`SELECT * FROM ${T} WHERE pk = 'a'`)], { ReturnConsumedCapacity: "TOTAL" }),
    ),
    sql(
      "transaction of writes",
      transaction([stmt(`INSERT INTO ${T} VALUE {'pk': 'c'}`), stmt(`UPDATE ${T} SET v = 9 WHERE pk = 'a'`)]),
      scanAll,
    ),
    sql(
      "transaction of reads",
      transaction([stmt(`SELECT * FROM ${T} WHERE pk = 'a'`), stmt(`SELECT v FROM ${T} WHERE pk = 'b'`)]),
    ),
    sql(
      "transaction with parameters",
      transaction([stmt(`INSERT INTO ${T} VALUE {'pk': ?}`, [S("p")])]),
      scanAll,
    ),
    sql(
      "transaction with capacity TOTAL",
      transaction([stmt(`UPDATE ${T} SET v = 9 WHERE pk = 'a'`)], { ReturnConsumedCapacity: "TOTAL" }),
    ),
    // Bad input.
    sql("syntax error", statement(`SELEC * FROM ${T}`)),
    sql("empty statement", statement("")),
    sql("select from a missing table", statement(`SELECT * FROM "diff_missing" WHERE pk = 'a'`)),
    sql("insert into a missing table", statement(`INSERT INTO "diff_missing" VALUE {'pk': 'a'}`)),
    sql("insert a duplicate key", statement(`INSERT INTO ${T} VALUE {'pk': 'a'}`)),
    sql("insert without the key", statement(`INSERT INTO ${T} VALUE {'v': 1}`)),
    sql("insert a key of the wrong type", statement(`INSERT INTO ${T} VALUE {'pk': 1}`)),
    sql("update without a key", statement(`UPDATE ${T} SET v = 1`)),
    sql("update of a missing item", statement(`UPDATE ${T} SET v = 1 WHERE pk = 'zzz'`)),
    sql("update with a failing condition", statement(`UPDATE ${T} SET v = 1 WHERE pk = 'a' AND v = 99`)),
    sql("update of the key", statement(`UPDATE ${T} SET pk = 'z' WHERE pk = 'a'`)),
    sql("delete without a key", statement(`DELETE FROM ${T}`)),
    sql("too few parameters", statement(`SELECT * FROM ${T} WHERE pk = ?`)),
    sql("too many parameters", statement(`SELECT * FROM ${T} WHERE pk = 'a'`, { Parameters: [S("x")] })),
    sql("bad parameter value", statement(`SELECT * FROM ${T} WHERE pk = ?`, { Parameters: [{ N: "x" }] })),
    sql("Limit 0", statement(`SELECT * FROM ${T} WHERE pk = 'a'`, { Limit: 0 })),
    sql("malformed NextToken", statement(`SELECT * FROM ${T}`, { NextToken: "garbage" })),
    sql("batch with no statements", batch([])),
    sql(
      "batch of twenty-six statements",
      batch(Array.from({ length: 26 }, (_, i) => stmt(`SELECT * FROM ${T} WHERE pk = 'k${i}'`))),
    ),
    sql("batch select without the full key", batch([stmt(`SELECT * FROM ${T} WHERE v = 1`)])),
    sql(
      "batch mixing reads and writes",
      batch([stmt(`SELECT * FROM ${T} WHERE pk = 'a'`), stmt(`DELETE FROM ${T} WHERE pk = 'b'`)]),
    ),
    sql("batch with a syntax error", batch([stmt("SELEC nothing")])),
    sql("transaction with no statements", transaction([])),
    sql(
      "transaction with a failing condition",
      transaction([
        stmt(`INSERT INTO ${T} VALUE {'pk': 'c'}`),
        stmt(`UPDATE ${T} SET v = 1 WHERE pk = 'a' AND v = 99`),
      ]),
    ),
    sql(
      "failed transaction writes nothing",
      transaction([stmt(`INSERT INTO ${T} VALUE {'pk': 'c'}`), stmt(`INSERT INTO ${T} VALUE {'pk': 'a'}`)]),
      scanAll,
    ),
    sql(
      "transaction touching one item twice",
      transaction([stmt(`UPDATE ${T} SET v = 1 WHERE pk = 'a'`), stmt(`DELETE FROM ${T} WHERE pk = 'a'`)]),
    ),
    sql(
      "transaction mixing reads and writes",
      transaction([stmt(`SELECT * FROM ${T} WHERE pk = 'a'`), stmt(`DELETE FROM ${T} WHERE pk = 'b'`)]),
    ),
    sql("transaction with a scan", transaction([stmt(`SELECT * FROM ${T}`)])),
    sql(
      "transaction token too long",
      transaction([stmt(`INSERT INTO ${T} VALUE {'pk': 'c'}`)], { ClientRequestToken: "t".repeat(37) }),
    ),
  ],
};

export const partiqlCases: CaseGroup = withDeviations(partiqlCaseList, PARTIQL_DEVIATIONS);
