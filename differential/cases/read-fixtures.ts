import type { DiffCase, Fixture, Step } from "../harness/types.js";
import { createTableBody, N, S, step, type Body } from "./builders.js";

/** Shared tables and items for the Query, Scan and index cases. */

export const ORDERED = "diff_ordered";
export const INDEXED = "diff_indexed";

/** BatchWriteItem takes at most 25 puts, so items are written in batches of 25. */
export function seed(table: string, items: Body[]): Step[] {
  const batches: Step[] = [];
  for (let start = 0; start < items.length; start += 25) {
    const puts = items.slice(start, start + 25).map((item) => ({ PutRequest: { Item: item } }));
    batches.push(step("BatchWriteItem", { RequestItems: { [table]: puts } }));
  }
  return batches;
}

/**
 * The items of `diff_ordered`: partition `a` holds sk 1..6, partition `b` holds sk 1..3; every
 * item has a number `n`, a string `s`, a `tag` and, on even sort keys, a list and a map.
 */
export function orderedItems(): Body[] {
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
  return items;
}

/** `diff_ordered`: `pk` (S) + `sk` (N), holding `items` (by default all of `orderedItems()`). */
export function orderedTable(items: Body[] = orderedItems(), extra: Body = {}): Step[] {
  return [
    step("CreateTable", createTableBody(ORDERED, ["pk", "S"], ["sk", "N"], extra)),
    ...seed(ORDERED, items),
  ];
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
  return [step("CreateTable", body), ...seed(INDEXED, items)];
}

export const ORDERED_FIXTURE: Fixture = { name: "diff_ordered", steps: orderedTable() };
export const ORDERED_A_FIXTURE: Fixture = {
  name: "diff_ordered, partition a only",
  steps: orderedTable(orderedItems().filter((item) => (item["pk"] as Body)["S"] === "a")),
};
export const INDEXED_FIXTURE: Fixture = { name: "diff_indexed", steps: indexedTable() };

/** A case that only reads the tables `fixture` sets up (shared with the neighbouring cases). */
export function onFixture(fixture: Fixture, name: string, ...steps: Step[]): DiffCase {
  return { name, fixture, steps };
}
