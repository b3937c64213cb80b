import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runExamples } from "./run-examples.js";
import { sampleEntry } from "./testing/sample-entry.js";

const root = mkdtempSync(join(tmpdir(), "dp-examples-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function entryWithExample(id: string, source: string | undefined) {
  const folder = join(root, "catalog", "basics", id);
  mkdirSync(folder, { recursive: true });
  if (source !== undefined) writeFileSync(join(folder, "example.ts"), source);
  return { ...sampleEntry, id };
}

describe("runExamples", () => {
  it("runs each example in order, one progress line each, and reports every failure", async () => {
    const entries = [
      entryWithExample("01-good", 'const n: number = 1; console.log("fine", n);'),
      entryWithExample("02-bad", 'console.log("about to fail"); process.exit(3);'),
      entryWithExample("03-missing", undefined),
    ];
    let output = "";
    const outcomes = await runExamples(entries, { root, write: (text) => (output += text) });
    expect(outcomes.map((o) => [o.entry.id, o.ok, o.code])).toEqual([
      ["01-good", true, 0],
      ["02-bad", false, 3],
      ["03-missing", false, null],
    ]);
    expect(output).toBe(
      [
        "[1/3] basics/01-good ... ok",
        "[2/3] basics/02-bad ... FAILED (exit code 3)",
        "    about to fail",
        "[3/3] basics/03-missing: FAILED, catalog/basics/03-missing/example.ts does not exist",
        "2 of 3 failed: basics/02-bad, basics/03-missing",
        "",
      ].join("\n"),
    );
  });

  it("passes the environment it is given to the examples", async () => {
    const entries = [entryWithExample("04-env", 'if (process.env.DP_PROBE !== "yes") process.exit(9);')];
    let output = "";
    const [outcome] = await runExamples(entries, {
      root,
      write: (t) => (output += t),
      env: { DP_PROBE: "yes" },
    });
    expect(outcome!.ok).toBe(true);
    expect(output).toBe("[1/1] basics/04-env ... ok\n1 example passed\n");
  });
});
