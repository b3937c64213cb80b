// `npm run docs`: writes every generated file of the catalog (entry READMEs, CloudFormation
// templates, the root README's catalog list). `--check` writes nothing and exits 1 on drift. Paths
// given as arguments limit the run to generated files under them: `npm run docs -- catalog/basics/02-query`.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generatedFiles } from "../src/catalog/docs/generated-files.js";
import { catalogEntries } from "../src/catalog/registry.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const check = process.argv.includes("--check");
const only = process.argv.slice(2).filter((argument) => !argument.startsWith("--"));
let stale = 0;
for (const [path, content] of generatedFiles(root, catalogEntries())) {
  if (
    only.length > 0 &&
    !only.some((prefix) => path === prefix || path.startsWith(`${prefix.replace(/\/$/, "")}/`))
  ) {
    continue;
  }
  const file = join(root, path);
  const current = existsSync(file) ? readFileSync(file, "utf8") : undefined;
  if (current === content) continue;
  stale += 1;
  if (check) console.log(`out of date: ${path}`);
  else {
    writeFileSync(file, content);
    console.log(`wrote ${path}`);
  }
}
if (stale === 0) console.log("generated files are up to date");
if (check && stale > 0) {
  console.log("run `npm run docs` and commit the result");
  process.exitCode = 1;
}
