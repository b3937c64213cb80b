// Runs the scan patterns step by step: `npx tsx catalog/basics/03-scan/example.ts`.
// In process by default; set DYNAMODB_ENDPOINT to use a server (see HOW_TO_RUN.md).
import {
  connect,
  createModelTables,
  dropModelTables,
  seedModel,
} from "../../../src/catalog/runtime/connect.js";
import { show, step } from "../../../src/catalog/runtime/narrate.js";
import { exportAllInvoices, scanInvoicePage, scanOpenInvoices } from "./invoice-scans.js";
import { migrateInvoice, migrateInvoices } from "./migrate-invoices.js";
import { model } from "./model.js";
import { parallelScanInvoices } from "./parallel-scan.js";

const connection = await connect();
try {
  await createModelTables(connection, model);
  const seeded = await seedModel(connection, model);
  const table = connection.tableName("Invoices");
  const documentClient = connection.documentClient;
  const ids = (invoices: { customerId: string; invoiceId: string }[]) =>
    invoices.map((invoice) => `${invoice.customerId}/${invoice.invoiceId}`);

  step(`Export all ${seeded} invoices with the Scan paginator, 5 items per page`);
  show("request", { TableName: table, Limit: 5, ReturnConsumedCapacity: "TOTAL" });
  const exported = await exportAllInvoices(documentClient, table, { pageSize: 5 });
  show("invoices, in the table's hash order (not key order)", ids(exported.invoices));
  show("pages, items read, read units", exported.tally);

  step("The same export in one page: fewer, fuller pages cost less");
  const onePage = await exportAllInvoices(documentClient, table);
  show("pages, items read, read units", onePage.tally);

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
  const outstanding: Record<string, number> = {};
  for (const invoice of open.invoices) {
    outstanding[invoice.currency] = (outstanding[invoice.currency] ?? 0) + invoice.amountCents / 100;
  }
  show("outstanding per currency", outstanding);

  step("A checkpointed job: one page of 4, then resume from the stored cursor");
  const first = await scanInvoicePage(documentClient, table, { limit: 4 });
  show("page 1", ids(first.invoices));
  show("cursor to store", first.cursor);
  const second = await scanInvoicePage(documentClient, table, { limit: 4, cursor: first.cursor });
  show("page 2, after a restart", ids(second.invoices));

  step("Parallel scan: 4 segments read concurrently, then merged");
  const parallel = await parallelScanInvoices(documentClient, table, { totalSegments: 4 });
  for (const segment of parallel.segments) {
    show(`segment ${segment.segment}`, { invoices: ids(segment.invoices), ...segment.tally });
  }
  const distinct = new Set(parallel.invoices.map((invoice) => `${invoice.PK}/${invoice.SK}`));
  show("merged", { items: parallel.invoices.length, distinct: distinct.size, seeded });

  step("Migration: upgrade every version 1 invoice, guarded by a condition");
  show("condition on each UpdateItem", "attribute_exists(PK) AND attribute_not_exists(schemaVersion)");
  show("first run", await migrateInvoices(documentClient, table));
  show("second run (idempotent)", await migrateInvoices(documentClient, table));
  show(
    "upgrading an invoice that no longer exists",
    await migrateInvoice(documentClient, table, {
      PK: "CUSTOMER#acme",
      SK: "INVOICE#2025-9999",
      issuedOn: "2025-12-31",
    }),
  );
} finally {
  await dropModelTables(connection, model);
  await connection.close();
}
