/**
 * Paged export: the Scan paginator reads every invoice, and a checkpointed job resumes from a stored cursor.
 * A scan returns items in the table's hash order, not key order; fewer and fuller pages cost
 * fewer read units, since each page is rounded up on its own; and storing each page's
 * LastEvaluatedKey lets a long job survive a restart without reading the table twice. Runs in
 * process by default; set DYNAMODB_ENDPOINT to use a server (see HOW_TO_RUN.md).
 */
import { runExample } from "../../../../src/catalog/runtime/run-example.js";
import { show, step } from "../../../../src/catalog/runtime/narrate.js";
import { exportAllInvoices, scanInvoicePage } from "../invoice-scans.js";
import { model } from "../model.js";
import { invoiceIds } from "./invoice-ids.js";

await runExample(model, async (connection, seeded) => {
  const table = connection.tableName("Invoices");
  const documentClient = connection.documentClient;

  step(`Export all ${seeded} invoices with the Scan paginator, 5 items per page`);
  show("request", { TableName: table, Limit: 5, ReturnConsumedCapacity: "TOTAL" });
  const exported = await exportAllInvoices(documentClient, table, { pageSize: 5 });
  show("invoices, in the table's hash order (not key order)", invoiceIds(exported.invoices));
  show("pages, items read, read units", exported.tally);

  step("The same export in one page: fewer, fuller pages cost less");
  const onePage = await exportAllInvoices(documentClient, table);
  show("pages, items read, read units", onePage.tally);

  step("A checkpointed job: one page of 4, then resume from the stored cursor");
  const first = await scanInvoicePage(documentClient, table, { limit: 4 });
  show("page 1", invoiceIds(first.invoices));
  show("cursor to store", first.cursor);
  const second = await scanInvoicePage(documentClient, table, { limit: 4, cursor: first.cursor });
  show("page 2, after a restart", invoiceIds(second.invoices));
});
