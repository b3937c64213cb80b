/**
 * Parallel scan: four segments read concurrently, each with its own paging, then merged.
 * Shows what each segment read and cost, and that together the segments see every item exactly
 * once; parallelism buys elapsed time, not capacity (an empty segment is still a billed request).
 * Runs in process by default; set DYNAMODB_ENDPOINT to use a server (see HOW_TO_RUN.md).
 */
import { runExample } from "../../../../src/catalog/runtime/run-example.js";
import { show, step } from "../../../../src/catalog/runtime/narrate.js";
import { model } from "../model.js";
import { parallelScanInvoices } from "../parallel-scan.js";
import { invoiceIds } from "./invoice-ids.js";

await runExample(model, async (connection, seeded) => {
  const table = connection.tableName("Invoices");
  const documentClient = connection.documentClient;

  step("Parallel scan: 4 segments read concurrently, then merged");
  show("request of segment 0", {
    TableName: table,
    Segment: 0,
    TotalSegments: 4,
    ReturnConsumedCapacity: "TOTAL",
  });
  const parallel = await parallelScanInvoices(documentClient, table, { totalSegments: 4 });
  for (const segment of parallel.segments) {
    show(`segment ${segment.segment}`, { invoices: invoiceIds(segment.invoices), ...segment.tally });
  }

  step("Every item seen exactly once across the segments");
  const distinct = new Set(parallel.invoices.map((invoice) => `${invoice.PK}/${invoice.SK}`));
  show("merged", { items: parallel.invoices.length, distinct: distinct.size, seeded });
});
