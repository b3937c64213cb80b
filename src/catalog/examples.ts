import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CatalogEntry } from "./entry.js";
import { entryFolder } from "./registry.js";

/** One runnable example of an entry: a numbered file in the entry's `examples/` folder. */
export interface ExampleFile {
  entry: CatalogEntry;
  /** File name without `.ts`: `01-sort-key-conditions`. */
  name: string;
  /** Path from the repository root. */
  file: string;
  /** The first line of the file's leading doc comment. */
  description: string;
  /**
   * Why the example always runs on the in-process engine, whatever `DYNAMODB_ENDPOINT` says: the
   * text of an `@inProcessOnly` tag in its doc comment. Absent for examples that go where told.
   */
  inProcessOnly?: string;
}

// Only numbered files are examples; anything else in the folder is a module they share.
const EXAMPLE_FILE = /^\d{2}-[a-z0-9-]+\.ts$/;

/** An entry's examples, in file-name order. */
export function exampleFiles(root: string, entry: CatalogEntry): ExampleFile[] {
  const folder = join(entryFolder(entry), "examples");
  if (!existsSync(join(root, folder))) return [];
  return readdirSync(join(root, folder))
    .filter((name) => EXAMPLE_FILE.test(name))
    .sort()
    .map((name) => {
      const file = `${folder}/${name}`;
      const source = readFileSync(join(root, file), "utf8");
      const inProcessOnly = docTag(source, "inProcessOnly");
      return {
        entry,
        name: name.slice(0, -".ts".length),
        file,
        description: firstDocLine(source),
        ...(inProcessOnly === undefined ? {} : { inProcessOnly }),
      };
    });
}

/**
 * The examples a name picks: an entry (id, `section/id`, or a part only its id has) gives all of
 * its examples; otherwise an example whose `id/name` contains the name, when only one does.
 */
export function findExamples(
  root: string,
  entries: CatalogEntry[],
  name: string,
): ExampleFile[] | { error: string } {
  const entry = entries.find(
    (candidate) => candidate.id === name || `${candidate.section}/${candidate.id}` === name,
  );
  if (entry) return exampleFiles(root, entry);
  const entryMatches = entries.filter((candidate) => `${candidate.section}/${candidate.id}`.includes(name));
  if (entryMatches.length === 1) return exampleFiles(root, entryMatches[0]!);
  const all = entries.flatMap((candidate) => exampleFiles(root, candidate));
  const matches = all.filter((example) => `${example.entry.id}/${example.name}`.includes(name));
  if (matches.length === 1) return matches;
  if (matches.length === 0) {
    const known = entries.map((candidate) => candidate.id).join(", ");
    return { error: `no catalog entry or example matches '${name}' (entries: ${known})` };
  }
  const which = matches.map((example) => `${example.entry.id}/${example.name}`).join(", ");
  return { error: `'${name}' matches several examples (${which}); be more specific` };
}

/** The lines of the source's leading doc comment, without their `*` margins. */
function docLines(source: string): string[] {
  const comment = /^\s*\/\*\*([\s\S]*?)\*\//.exec(source);
  if (!comment) return [];
  return comment[1]!.split("\n").map((line) => line.replace(/^\s*\*?\s?/, "").trim());
}

function firstDocLine(source: string): string {
  return docLines(source).find((line) => line !== "" && !line.startsWith("@")) ?? "";
}

/** The text of a `@name` tag, with the lines that continue it, or undefined without the tag. */
function docTag(source: string, name: string): string | undefined {
  const lines = docLines(source);
  const start = lines.findIndex((line) => line === `@${name}` || line.startsWith(`@${name} `));
  if (start < 0) return undefined;
  const parts = [lines[start]!.slice(name.length + 1).trim()];
  for (const line of lines.slice(start + 1)) {
    if (line === "" || line.startsWith("@")) break;
    parts.push(line);
  }
  return parts.join(" ").trim();
}
