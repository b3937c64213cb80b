import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exampleFiles } from "./examples.js";
import { runExamples } from "./run-examples.js";
import { sampleEntry } from "./testing/sample-entry.js";

const root = mkdtempSync(join(tmpdir(), "dp-examples-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function entryWithExamples(id: string, files: Record<string, string>) {
  const folder = join(root, "catalog", "basics", id, "examples");
  mkdirSync(folder, { recursive: true });
  for (const [name, source] of Object.entries(files)) writeFileSync(join(folder, name), source);
  return { ...sampleEntry, id };
}

describe("runExamples", () => {
  it("runs each example file in order, one progress line each, and reports every failure", async () => {
    const entries = [
      entryWithExamples("01-good", { "01-fine.ts": 'const n: number = 1; console.log("fine", n);' }),
      entryWithExamples("02-bad", {
        "01-fails.ts": 'console.log("about to fail"); process.exit(3);',
        "02-fine.ts": "/** Works. */\nconsole.log(1);",
        "shared.ts": "export const helper = 1;",
      }),
    ];
    const examples = entries.flatMap((entry) => exampleFiles(root, entry));
    let output = "";
    const outcomes = await runExamples(examples, { root, write: (text) => (output += text) });
    expect(outcomes.map((o) => [o.example.entry.id, o.example.name, o.ok, o.code])).toEqual([
      ["01-good", "01-fine", true, 0],
      ["02-bad", "01-fails", false, 3],
      ["02-bad", "02-fine", true, 0],
    ]);
    expect(output).toBe(
      [
        "[1/3] basics/01-good/01-fine ... ok",
        "[2/3] basics/02-bad/01-fails ... FAILED (exit code 3)",
        "    about to fail",
        "[3/3] basics/02-bad/02-fine ... ok",
        "1 of 3 failed: 02-bad/01-fails",
        "",
      ].join("\n"),
    );
  });

  it("passes the environment it is given to the examples", async () => {
    const entry = entryWithExamples("04-env", {
      "01-env.ts": 'if (process.env.DP_PROBE !== "yes") process.exit(9);',
    });
    let output = "";
    const [outcome] = await runExamples(exampleFiles(root, entry), {
      root,
      write: (t) => (output += t),
      env: { DP_PROBE: "yes" },
    });
    expect(outcome!.ok).toBe(true);
    expect(output).toBe("[1/1] basics/04-env/01-env ... ok\n1 example passed\n");
  });
});
