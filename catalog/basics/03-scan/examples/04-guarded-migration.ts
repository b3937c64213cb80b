/**
 * Guarded migration: a scan upgrades every version 1 invoice, each write guarded by a condition.
 * Each page is rewritten before the next is read; a rerun finds nothing left to upgrade, and the
 * guard refuses to recreate an invoice deleted after the scan read it or to touch one already
 * upgraded, so the migration can run while the application keeps writing. Runs in process by
 * default; set DYNAMODB_ENDPOINT to use a server (see HOW_TO_RUN.md).
 */
import { runExample } from "../../../../src/catalog/runtime/run-example.js";
import { show, step } from "../../../../src/catalog/runtime/narrate.js";
import { migrateInvoice, migrateInvoices } from "../migrate-invoices.js";
import { model } from "../model.js";

await runExample(model, async (connection) => {
  const table = connection.tableName("Invoices");
  const documentClient = connection.documentClient;

  step("Migration: upgrade every version 1 invoice, guarded by a condition");
  show("condition on each UpdateItem", "attribute_exists(PK) AND attribute_not_exists(schemaVersion)");
  show("first run", await migrateInvoices(documentClient, table));

  step("Run it again: nothing is left at version 1");
  show("second run (idempotent)", await migrateInvoices(documentClient, table));

  step("The guard refuses what a concurrent writer made stale");
  show(
    "upgrading an invoice that no longer exists",
    await migrateInvoice(documentClient, table, {
      PK: "CUSTOMER#acme",
      SK: "INVOICE#2025-9999",
      issuedOn: "2025-12-31",
    }),
  );
  show(
    "upgrading an invoice already at version 2",
    await migrateInvoice(documentClient, table, {
      PK: "CUSTOMER#acme",
      SK: "INVOICE#2026-0001",
      issuedOn: "2026-01-05",
    }),
  );
});
