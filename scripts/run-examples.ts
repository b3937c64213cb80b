// `npm run examples`: runs every example file of every catalog entry in order, one line each, and
// exits 1 if any fails. `npm run example -- <name>`: runs the examples of one entry (by id or a
// part only it has) or one example (by a part of `<entry id>/<file name>` only it has), showing
// everything they print.
import { fileURLToPath } from "node:url";
import { exampleFiles, findExamples, type ExampleFile } from "../src/catalog/examples.js";
import { catalogEntries } from "../src/catalog/registry.js";
import { runExamples } from "../src/catalog/run-examples.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const one = args.includes("--one");
const names = args.filter((argument) => !argument.startsWith("--"));
const entries = catalogEntries();
const write = (text: string) => process.stdout.write(text);

if (one && names.length === 0) {
  const known = entries
    .flatMap((entry) => exampleFiles(root, entry))
    .map((example) => `${example.entry.id}/${example.name}`)
    .join("\n  ");
  process.stderr.write(`usage: npm run example -- <name>\nexamples:\n  ${known}\n`);
  process.exit(2);
}
const chosen: ExampleFile[] = [];
for (const name of names) {
  const found = findExamples(root, entries, name);
  if ("error" in found) {
    process.stderr.write(`${found.error}\n`);
    process.exit(2);
  }
  chosen.push(...found);
}
const examples = names.length > 0 ? chosen : entries.flatMap((entry) => exampleFiles(root, entry));
const missing = entries.filter((entry) => exampleFiles(root, entry).length === 0);
if (names.length === 0 && missing.length > 0) {
  process.stderr.write(`entries without examples: ${missing.map((entry) => entry.id).join(", ")}\n`);
}
const outcomes = await runExamples(examples, { root, write, stream: names.length > 0 });
process.exitCode =
  outcomes.every((outcome) => outcome.ok) && (names.length > 0 || missing.length === 0) ? 0 : 1;
