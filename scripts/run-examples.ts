// `npm run examples`: runs every catalog entry's example.ts in order, one line each, and exits 1
// if any fails. `npm run example -- <name>`: runs one (by id or a part of it only it has), showing
// everything it prints.
import { fileURLToPath } from "node:url";
import { catalogEntries, findEntry } from "../src/catalog/registry.js";
import { runExamples } from "../src/catalog/run-examples.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const one = args.includes("--one");
const names = args.filter((argument) => !argument.startsWith("--"));
const entries = catalogEntries();
const write = (text: string) => process.stdout.write(text);

if (one && names.length === 0) {
  const known = entries.map((entry) => `${entry.section}/${entry.id}`).join("\n  ");
  process.stderr.write(`usage: npm run example -- <name>\nentries:\n  ${known}\n`);
  process.exit(2);
}
const chosen = [];
for (const name of names) {
  const found = findEntry(entries, name);
  if ("error" in found) {
    process.stderr.write(`${found.error}\n`);
    process.exit(2);
  }
  chosen.push(found);
}
const outcomes = await runExamples(names.length > 0 ? chosen : entries, {
  root,
  write,
  stream: names.length > 0,
});
process.exitCode = outcomes.every((outcome) => outcome.ok) ? 0 : 1;
