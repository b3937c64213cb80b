import type { Step } from "../harness/types.js";
import { createTableBody, N, S, step, type Body } from "./builders.js";

/** Shared tables and items for the Query, Scan and index cases. */

export const ORDERED = "diff_ordered";
export const INDEXED = "diff_indexed";

const putInto = (table: string) => (item: Body) => step("PutItem", { TableName: table, Item: item });

/**
 * `diff_ordered`: `pk` (S) + `sk` (N). Partition `a` holds sk 1..6, partition `b` holds sk 1..3;
 * every item has a number `n`, a string `s`, a `tag` and, on even sort keys, a list and a map.
 */
export function orderedTable(extra: Body = {}): Step[] {
  const put = putInto(ORDERED);
  const items: Body[] = [];
  for (let sk = 1; sk <= 6; sk++) {
    items.push({
      pk: S("a"),
      sk: N(String(sk)),
      n: N(String(sk * 10)),
      s: S(`item-${sk}`),
      tag: S(sk % 2 === 0 ? "even" : "odd"),
      ...(sk % 2 === 0 ? { l: { L: [N("1"), S("two")] }, m: { M: { x: N(String(sk)), y: S("why") } } } : {}),
    });
  }
  for (let sk = 1; sk <= 3; sk++)
    items.push({ pk: S("b"), sk: N(String(sk)), n: N(String(-sk)), s: S("bee") });
  return [step("CreateTable", createTableBody(ORDERED, ["pk", "S"], ["sk", "N"], extra)), ...items.map(put)];
}

const gsi = (name: string, hash: string, range: string | undefined, projection: Body) => ({
  IndexName: name,
  KeySchema: [
    { AttributeName: hash, KeyType: "HASH" },
    ...(range ? [{ AttributeName: range, KeyType: "RANGE" }] : []),
  ],
  Projection: projection,
});

/**
 * `diff_indexed`: `pk` + `sk` (both S) with GSIs `byOwner` (owner/date, ALL), `ownerKeys` (owner,
 * KEYS_ONLY), `ownerInclude` (owner/date, INCLUDE n) and LSIs `byDate` (date, ALL) and `dateKeys`
 * (rank N, KEYS_ONLY). Items without `owner` or `date` are absent from those indexes (sparse).
 */
export function indexedTable(): Step[] {
  const body = createTableBody(INDEXED, ["pk", "S"], ["sk", "S"], {
    GlobalSecondaryIndexes: [
      gsi("byOwner", "owner", "date", { ProjectionType: "ALL" }),
      gsi("ownerKeys", "owner", undefined, { ProjectionType: "KEYS_ONLY" }),
      gsi("ownerInclude", "owner", "date", { ProjectionType: "INCLUDE", NonKeyAttributes: ["n"] }),
    ],
    LocalSecondaryIndexes: [
      gsi("byDate", "pk", "date", { ProjectionType: "ALL" }),
      gsi("dateKeys", "pk", "rank", { ProjectionType: "KEYS_ONLY" }),
    ],
  });
  (body["AttributeDefinitions"] as Body[]).push(
    { AttributeName: "owner", AttributeType: "S" },
    { AttributeName: "date", AttributeType: "S" },
    { AttributeName: "rank", AttributeType: "N" },
  );
  const put = putInto(INDEXED);
  const rows: [string, string, string | undefined, string | undefined, string][] = [
    ["p1", "s1", "ann", "2024-01-03", "5"],
    ["p1", "s2", "ann", "2024-01-01", "3"],
    ["p1", "s3", "bob", "2024-02-01", "9"],
    ["p1", "s4", undefined, "2024-01-02", "1"],
    ["p2", "s1", "ann", "2024-03-01", "7"],
    ["p2", "s2", undefined, undefined, "2"],
  ];
  const items = rows.map(([pk, sk, owner, date, rank]) => ({
    pk: S(pk),
    sk: S(sk),
    rank: N(rank),
    n: N(String(Number(rank) * 2)),
    extra: S(`${pk}-${sk}`),
    ...(owner ? { owner: S(owner) } : {}),
    ...(date ? { date: S(date) } : {}),
  }));
  return [step("CreateTable", body), ...items.map(put)];
}
