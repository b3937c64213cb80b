// The catalog's registry: one line per entry, nothing else. To register an entry, add
//
//   export { entry as <section><NN><Name> } from "./<section>/<NN-name>/entry.js";
//
// for example `export { entry as basics01KeyValue } from "./basics/01-key-value/entry.js";`.
// Order does not matter here: `catalogEntries()` (src/catalog/registry.ts) sorts entries by
// section, then by their numbered id. Once registered, an entry is seeded by `npm start`, run by
// `npm run examples`, and `npm run docs -- catalog/<section>/<NN-name> README.md` writes its
// README.md and template.yaml and its line in the root README's catalog list. Commit those: a test
// fails when a committed generated file differs from what `npm run docs` would write.
//
// Entry tests run every access pattern on each backend `forEachBackend` yields (the in-process
// engine, plus DynamoDB Local when java is installed); see src/catalog/testing/backends.ts.
export { entry as basics03Scan } from "./basics/03-scan/entry.js";
export { entry as basics04Indexes } from "./basics/04-indexes/entry.js";
export { entry as basics01KeyValue } from "./basics/01-key-value/entry.js";
export { entry as basics02Query } from "./basics/02-query/entry.js";
export { entry as basics05TransactionsAndConditions } from "./basics/05-transactions-and-conditions/entry.js";
export { entry as basics06Batch } from "./basics/06-batch/entry.js";
export {};
