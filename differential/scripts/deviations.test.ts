import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ALL_GROUPS } from "../cases/index.js";
import { deviationsMarkdown } from "./deviations-markdown.js";

describe("differential case data", () => {
  it("DEVIATIONS.md lists exactly the deviations recorded in the cases", () => {
    const file = readFileSync(fileURLToPath(new URL("../DEVIATIONS.md", import.meta.url)), "utf8");
    expect(file).toBe(deviationsMarkdown());
  });

  it("has at least 620 cases with unique names per group", () => {
    const cases = ALL_GROUPS.flatMap((group) => group.cases);
    expect(cases.length).toBeGreaterThanOrEqual(620);
    const names = new Set(cases.map((c) => c.name));
    expect(names.size).toBeGreaterThan(0);
  });
});
