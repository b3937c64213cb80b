import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { exampleFiles } from "./examples.js";
import { catalogEntries } from "./registry.js";
import { runExamples } from "./run-examples.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

// Every runnable example of the catalog, run as a reader runs it: its own process, the default
// in-process engine, exit code 0. Narration is silenced; a failure shows the example's output.
describe("the catalog's runnable examples", () => {
  const entries = catalogEntries();

  it("gives every entry at least three examples", () => {
    for (const entry of entries) expect(exampleFiles(root, entry).length, entry.id).toBeGreaterThanOrEqual(3);
  });

  it("runs every example to a clean exit", { timeout: 300_000 }, async () => {
    const examples = entries.flatMap((entry) => exampleFiles(root, entry));
    let output = "";
    const outcomes = await runExamples(examples, {
      root,
      write: (text) => (output += text),
      env: { DYNAMODB_PATTERNS_QUIET: "1", DYNAMODB_ENDPOINT: "", DYNAMODB_PATTERNS_AWS: "" },
    });
    expect(
      outcomes.filter((outcome) => !outcome.ok).map((o) => o.example.file),
      output,
    ).toEqual([]);
    expect(outcomes.length).toBe(examples.length);
  });
});
