import type { CatalogEntry } from "./entry.js";
import * as registered from "../../catalog/index.js";

/** The catalog's sections in reading order, with their headings. */
export const SECTIONS: { id: string; title: string }[] = [{ id: "basics", title: "Basics" }];

/**
 * Every entry registered in `catalog/index.ts`, in reading order: sections as listed in
 * `SECTIONS` (any other section after them, alphabetically), then entries by their numbered id.
 */
export function catalogEntries(): CatalogEntry[] {
  return sortEntries(Object.values(registered as Record<string, CatalogEntry>));
}

export function sortEntries(entries: CatalogEntry[]): CatalogEntry[] {
  const rank = (section: string) => {
    const position = SECTIONS.findIndex((candidate) => candidate.id === section);
    return position === -1 ? SECTIONS.length : position;
  };
  return [...entries].sort(
    (a, b) =>
      rank(a.section) - rank(b.section) ||
      a.section.localeCompare(b.section) ||
      a.id.localeCompare(b.id, "en", { numeric: true }),
  );
}

/** Where an entry's files live, relative to the repository root: `catalog/basics/01-key-value`. */
export function entryFolder(entry: CatalogEntry): string {
  return `catalog/${entry.section}/${entry.id}`;
}

/** An entry by its id (`01-key-value`), `section/id`, or a part of the id that only it has. */
export function findEntry(entries: CatalogEntry[], name: string): CatalogEntry | { error: string } {
  const exact = entries.find((entry) => entry.id === name || `${entry.section}/${entry.id}` === name);
  if (exact) return exact;
  const matches = entries.filter((entry) => `${entry.section}/${entry.id}`.includes(name));
  if (matches.length === 1) return matches[0]!;
  const known = entries.map((entry) => `${entry.section}/${entry.id}`).join(", ");
  if (matches.length === 0) return { error: `no catalog entry matches '${name}' (entries: ${known})` };
  const which = matches.map((entry) => `${entry.section}/${entry.id}`).join(", ");
  return { error: `'${name}' matches several entries (${which}); be more specific` };
}
