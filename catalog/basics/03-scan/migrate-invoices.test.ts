import { DeleteCommand, GetCommand } from "@aws-sdk/lib-dynamodb";
import { expect, it } from "vitest";
import { forEachBackend } from "../../../src/catalog/testing/backends.js";
import { exportAllInvoices } from "./invoice-scans.js";
import { migrateInvoice, migrateInvoices } from "./migrate-invoices.js";
import { model } from "./model.js";

forEachBackend(model, (backend) => {
  const table = () => backend.tableName("Invoices");
  const key = (customerId: string, invoiceId: string) => ({
    PK: `CUSTOMER#${customerId}`,
    SK: `INVOICE#${invoiceId}`,
  });
  const read = async (customerId: string, invoiceId: string) =>
    (
      await backend.documentClient.send(
        new GetCommand({ TableName: table(), Key: key(customerId, invoiceId) }),
      )
    ).Item;

  it("upgrades a version 1 invoice", async () => {
    const outcome = await migrateInvoice(backend.documentClient, table(), {
      ...key("acme", "2026-0007"),
      issuedOn: "2026-02-03",
    });
    expect(outcome).toBe("migrated");
    expect(await read("acme", "2026-0007")).toEqual({
      ...key("acme", "2026-0007"),
      customerId: "acme",
      invoiceId: "2026-0007",
      issuedOn: "2026-02-03",
      status: "OPEN",
      amountCents: 98000,
      currency: "EUR",
      issuedMonth: "2026-02",
      schemaVersion: 2,
    });
  });

  it("leaves an invoice already at version 2 untouched", async () => {
    const before = await read("acme", "2026-0001");
    const outcome = await migrateInvoice(backend.documentClient, table(), {
      ...key("acme", "2026-0001"),
      issuedOn: "1999-12-31",
    });
    expect(outcome).toBe("skipped");
    expect(await read("acme", "2026-0001")).toEqual(before);
  });

  it("does not bring back an invoice deleted after the scan saw it", async () => {
    await backend.documentClient.send(
      new DeleteCommand({ TableName: table(), Key: key("globex", "2026-0008") }),
    );
    const outcome = await migrateInvoice(backend.documentClient, table(), {
      ...key("globex", "2026-0008"),
      issuedOn: "2026-02-10",
    });
    expect(outcome).toBe("skipped");
    expect(await read("globex", "2026-0008")).toBeUndefined();
  });

  it("migrates every version 1 invoice once, and a rerun finds nothing to do", async () => {
    expect(await migrateInvoices(backend.documentClient, table(), { pageSize: 5 })).toEqual({
      scanned: 12,
      migrated: 9,
      skipped: 0,
    });
    const { invoices } = await exportAllInvoices(backend.documentClient, table());
    expect(invoices.every((invoice) => invoice.schemaVersion === 2)).toBe(true);
    expect(invoices.every((invoice) => invoice.issuedMonth === invoice.issuedOn.slice(0, 7))).toBe(true);
    expect(await migrateInvoices(backend.documentClient, table())).toEqual({
      scanned: 12,
      migrated: 0,
      skipped: 0,
    });
  });
});
