import { describe, expect, it } from "vitest";
import { LruCache } from "./parse-cache.js";

describe("LruCache", () => {
  it("evicts the least recently used entry beyond capacity", () => {
    const cache = new LruCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1);
    cache.set("c", 3);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
    expect(cache.size).toBe(2);
  });

  it("keeps an entry that is read between insertions however many entries pass through", () => {
    const cache = new LruCache<string, number>(3);
    cache.set("hot", 0);
    for (let i = 0; i < 50; i++) {
      cache.set(`cold${i}`, i);
      expect(cache.get("hot")).toBe(0);
    }
    expect(cache.size).toBe(3);
    expect(cache.get("cold0")).toBeUndefined();
    expect(cache.get("cold49")).toBe(49);
  });

  it("replaces the value of a key set again without growing", () => {
    const cache = new LruCache<string, number>(2);
    cache.set("a", 1);
    cache.set("a", 2);
    expect(cache.size).toBe(1);
    expect(cache.get("a")).toBe(2);
  });
});
