import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exampleFiles, findExamples } from "./examples.js";
import { sampleEntry } from "./testing/sample-entry.js";

const root = mkdtempSync(join(tmpdir(), "dp-example-files-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function entryWithExamples(id: string, files: Record<string, string>) {
  const folder = join(root, "catalog", "basics", id, "examples");
  mkdirSync(folder, { recursive: true });
  for (const [name, source] of Object.entries(files)) writeFileSync(join(folder, name), source);
  return { ...sampleEntry, id };
}

const keyValue = entryWithExamples("01-key-value", {
  "02-updates.ts": "/**\n * Atomic counters and nested paths.\n *\n * More text.\n */\nexport {};",
  "01-create-and-read.ts": "/** Create a user, read it back. */\nexport {};",
  "narration.ts": "export const shared = 1;",
  "03-undocumented.ts": "export {};",
});
const query = entryWithExamples("02-query", { "01-sort-key-conditions.ts": "/** Every condition. */" });
const flaky = entryWithExamples("03-flaky", {
  "01-steady.ts": "/** Works anywhere. */",
  "02-faults.ts":
    "/**\n * Retries on a flaky engine.\n *\n * @inProcessOnly its fault switch is the\n * engine's.\n * @other ignored\n */",
});
const entries = [keyValue, query];

describe("exampleFiles", () => {
  it("lists numbered files in order with the first line of their doc comment, skipping shared modules", () => {
    expect(
      exampleFiles(root, keyValue).map(({ name, file, description }) => ({ name, file, description })),
    ).toEqual([
      {
        name: "01-create-and-read",
        file: "catalog/basics/01-key-value/examples/01-create-and-read.ts",
        description: "Create a user, read it back.",
      },
      {
        name: "02-updates",
        file: "catalog/basics/01-key-value/examples/02-updates.ts",
        description: "Atomic counters and nested paths.",
      },
      {
        name: "03-undocumented",
        file: "catalog/basics/01-key-value/examples/03-undocumented.ts",
        description: "",
      },
    ]);
  });

  it("reads why an example always runs in process from its @inProcessOnly tag, continued lines joined", () => {
    expect(exampleFiles(root, flaky).map(({ name, inProcessOnly }) => ({ name, inProcessOnly }))).toEqual([
      { name: "01-steady", inProcessOnly: undefined },
      { name: "02-faults", inProcessOnly: "its fault switch is the engine's." },
    ]);
    expect(exampleFiles(root, flaky)[1]!.description).toBe("Retries on a flaky engine.");
  });

  it("finds nothing for an entry without an examples folder", () => {
    expect(exampleFiles(root, { ...sampleEntry, id: "09-none" })).toEqual([]);
  });
});

describe("findExamples", () => {
  const names = (found: ReturnType<typeof findExamples>) =>
    "error" in found ? found : found.map((example) => `${example.entry.id}/${example.name}`);

  it("picks all of an entry's examples by id, section/id or a part only its id has", () => {
    const all = [
      "01-key-value/01-create-and-read",
      "01-key-value/02-updates",
      "01-key-value/03-undocumented",
    ];
    expect(names(findExamples(root, entries, "01-key-value"))).toEqual(all);
    expect(names(findExamples(root, entries, "basics/01-key-value"))).toEqual(all);
    expect(names(findExamples(root, entries, "key-value"))).toEqual(all);
  });

  it("picks one example by a part of its name only it has", () => {
    expect(names(findExamples(root, entries, "updates"))).toEqual(["01-key-value/02-updates"]);
    expect(names(findExamples(root, entries, "02-query/01"))).toEqual(["02-query/01-sort-key-conditions"]);
  });

  it("explains a name that matches nothing or several examples", () => {
    expect(findExamples(root, entries, "nope")).toEqual({
      error: "no catalog entry or example matches 'nope' (entries: 01-key-value, 02-query)",
    });
    expect(findExamples(root, entries, "0")).toEqual({
      error:
        "'0' matches several examples (01-key-value/01-create-and-read, 01-key-value/02-updates, 01-key-value/03-undocumented, 02-query/01-sort-key-conditions); be more specific",
    });
  });
});
