/**
 * Filtered scan: every OPEN invoice, projected to four attributes, totalled per currency.
 * The FilterExpression and the ProjectionExpression shorten the response but not the bill: the
 * scan reads, and pays for, every invoice, as the unfiltered export does. Runs in process by
 * default; set DYNAMODB_ENDPOINT to use a server (see HOW_TO_RUN.md).
 */
import { runExample } from "../../../../src/catalog/runtime/run-example.js";
import { show, step } from "../../../../src/catalog/runtime/narrate.js";
import { scanOpenInvoices } from "../invoice-scans.js";
import { model } from "../model.js";

await runExample(model, async (connection) => {
  const table = connection.tableName("Invoices");
  const documentClient = connection.documentClient;

  step("Filtered scan: every OPEN invoice, projected to four attributes");
  show("request", {
    TableName: table,
    FilterExpression: "#status = :open",
    ProjectionExpression: "customerId, invoiceId, amountCents, currency",
    ExpressionAttributeNames: { "#status": "status" },
    ExpressionAttributeValues: { ":open": "OPEN" },
  });
  const open = await scanOpenInvoices(documentClient, table);
  show("open invoices", open.invoices);
  show("scanned vs returned, read units (the same as the unfiltered scan)", open.tally);

  step("An analytics job off the request path: what is outstanding, per currency");
  const outstanding: Record<string, number> = {};
  for (const invoice of open.invoices) {
    outstanding[invoice.currency] = (outstanding[invoice.currency] ?? 0) + invoice.amountCents / 100;
  }
  show("outstanding per currency", outstanding);
});
