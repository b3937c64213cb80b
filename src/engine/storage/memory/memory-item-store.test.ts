import { describe, expect, it } from "vitest";
import { MemoryItemStore } from "./memory-item-store.js";
import type { StoredItem } from "../item-store.js";

const stored = (id: string, size = 10): StoredItem => ({ item: { id: { S: id } }, size });
const sorts = (entries: Iterable<[string, StoredItem]>) => [...entries].map(([sort]) => sort);

describe("MemoryItemStore", () => {
  it("puts, replaces and deletes while tracking count and size", () => {
    const store = new MemoryItemStore();
    expect(store.put("p", "a", stored("1", 10))).toBeUndefined();
    expect(store.put("p", "b", stored("2", 20))).toBeUndefined();
    expect(store.put("p", "a", stored("3", 5))?.item).toEqual({ id: { S: "1" } });
    expect(store.itemCount).toBe(2);
    expect(store.sizeBytes).toBe(25);
    expect(store.partitionSize("p")).toEqual({ itemCount: 2, sizeBytes: 25 });
    expect(store.delete("p", "a")?.item).toEqual({ id: { S: "3" } });
    expect(store.delete("p", "a")).toBeUndefined();
    expect(store.itemCount).toBe(1);
    expect(store.sizeBytes).toBe(20);
    expect(store.get("p", "b")?.item).toEqual({ id: { S: "2" } });
  });

  it("queries a partition within bounds in both directions and resumes after a key", () => {
    const store = new MemoryItemStore();
    for (const sort of ["e", "a", "c", "b", "d"]) store.put("p", sort, stored(sort));
    store.put("q", "a", stored("other"));
    expect(sorts(store.query("p", { forward: true }))).toEqual(["a", "b", "c", "d", "e"]);
    expect(sorts(store.query("p", { forward: false }))).toEqual(["e", "d", "c", "b", "a"]);
    const bounded = { lower: { key: "b", inclusive: false }, upper: { key: "d", inclusive: true } };
    expect(sorts(store.query("p", { ...bounded, forward: true }))).toEqual(["c", "d"]);
    expect(sorts(store.query("p", { ...bounded, forward: false }))).toEqual(["d", "c"]);
    expect(sorts(store.query("p", { forward: true, exclusiveStart: "b" }))).toEqual(["c", "d", "e"]);
    expect(sorts(store.query("p", { forward: false, exclusiveStart: "c" }))).toEqual(["b", "a"]);
    expect(sorts(store.query("missing", { forward: true }))).toEqual([]);
  });

  it("scans every item once, in a stable order that is not key order, and resumes", () => {
    const store = new MemoryItemStore();
    for (let i = 0; i < 200; i++) store.put(`pk${i}`, "", stored(String(i)));
    const order = [...store.scan()].map((entry) => entry.partition);
    expect(new Set(order).size).toBe(200);
    expect(order).not.toEqual([...order].sort());
    expect([...store.scan()].map((entry) => entry.partition)).toEqual(order);
    const resumed = [...store.scan({ exclusiveStart: { partition: order[99]!, sort: "" } })];
    expect(resumed.map((entry) => entry.partition)).toEqual(order.slice(100));
  });

  it("splits a scan into disjoint segments that together cover every item", () => {
    const store = new MemoryItemStore();
    for (let i = 0; i < 500; i++) store.put(`pk${i % 100}`, `s${i}`, stored(String(i)));
    const seen: string[] = [];
    for (let segment = 0; segment < 7; segment++) {
      for (const entry of store.scan({ segment, totalSegments: 7 }))
        seen.push(entry.partition + "/" + entry.sort);
    }
    expect(seen.length).toBe(500);
    expect(new Set(seen).size).toBe(500);
  });
});
