import { describe, expect, it } from "vitest";
import { catalogEntries, findEntry, sortEntries } from "./registry.js";
import { sampleEntry } from "./testing/sample-entry.js";

const entry = (section: string, id: string) => ({ ...sampleEntry, section, id });

describe("sortEntries", () => {
  it("orders by listed section, then other sections, then numbered id", () => {
    const sorted = sortEntries([
      entry("zeta", "01-a"),
      entry("basics", "10-b"),
      entry("basics", "02-c"),
      entry("alpha", "01-d"),
    ]);
    expect(sorted.map((e) => `${e.section}/${e.id}`)).toEqual([
      "basics/02-c",
      "basics/10-b",
      "alpha/01-d",
      "zeta/01-a",
    ]);
  });
});

describe("findEntry", () => {
  const entries = [
    entry("basics", "01-key-value"),
    entry("basics", "02-query"),
    entry("basics", "03-query-paging"),
  ];

  it("finds by id, section/id, or a part only one entry has", () => {
    expect(findEntry(entries, "01-key-value")).toBe(entries[0]);
    expect(findEntry(entries, "basics/02-query")).toBe(entries[1]);
    expect(findEntry(entries, "paging")).toBe(entries[2]);
    expect(findEntry(entries, "02-query")).toBe(entries[1]);
  });

  it("explains an unknown or ambiguous name", () => {
    expect(findEntry(entries, "query")).toEqual({
      error: "'query' matches several entries (basics/02-query, basics/03-query-paging); be more specific",
    });
    expect(findEntry(entries, "nope")).toEqual({
      error:
        "no catalog entry matches 'nope' (entries: basics/01-key-value, basics/02-query, basics/03-query-paging)",
    });
  });
});

describe("catalogEntries", () => {
  it("holds registered entries with unique ids and unique table names across the catalog", () => {
    const entries = catalogEntries();
    const ids = entries.map((e) => `${e.section}/${e.id}`);
    expect(new Set(ids).size).toBe(ids.length);
    // npm start serves every entry's tables from one endpoint, so two entries cannot share a name.
    const tables = entries.flatMap((e) => e.model.tables.map((t) => t.name));
    expect(tables.filter((name, index) => tables.indexOf(name) !== index)).toEqual([]);
  });
});
