import type { CatalogEntry } from "../entry.js";
import { sampleModel } from "./sample-model.js";

/** A catalog entry around the sample model, for the generator's own tests. */
export const sampleEntry: CatalogEntry = {
  id: "01-sample",
  section: "basics",
  title: "Sample orders",
  summary: "Customers and their orders in one table.",
  problem: "Show a customer's orders.",
  model: sampleModel,
  codeExamples: [
    {
      title: "A customer's orders",
      file: "orders.ts",
      region: "getCustomerOrders",
      description: "Newest first.",
    },
  ],
  rationale: "One Query reads a whole customer.",
};

export const sampleSource = [
  "import x from 'y';",
  "",
  "// #region getCustomerOrders",
  "export async function getCustomerOrders() {",
  "  return 1;",
  "}",
  "// #endregion getCustomerOrders",
].join("\n");
