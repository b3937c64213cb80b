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
      return {
        entry,
        name: name.slice(0, -".ts".length),
        file,
        description: firstDocLine(readFileSync(join(root, file), "utf8")),
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

function firstDocLine(source: string): string {
  const comment = /^\s*\/\*\*([\s\S]*?)\*\//.exec(source);
  if (!comment) return "";
  for (const line of comment[1]!.split("\n")) {
    const text = line.replace(/^\s*\*?\s?/, "").trim();
    if (text) return text;
  }
  return "";
}
