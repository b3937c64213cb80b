import { expect, it } from "vitest";
import { forEachBackend } from "../../../src/catalog/testing/backends.js";
import {
  exportAllInvoices,
  InvalidScanCursorError,
  scanInvoicePage,
  scanOpenInvoices,
  type Invoice,
} from "./invoice-scans.js";
import { model } from "./model.js";
import { byKey, seededInvoices } from "./test-support.js";

forEachBackend(model, (backend) => {
  const table = () => backend.tableName("Invoices");

  it("exports every invoice exactly once, in pages of the requested size", async () => {
    const { invoices, tally } = await exportAllInvoices(backend.documentClient, table(), { pageSize: 5 });
    expect(byKey(invoices)).toEqual(seededInvoices());
    // 12 items in pages of 5, 5 and 2; each page is rounded up to 4 KB and read eventually
    // consistently, so each costs 0.5 units even though the whole table is under 4 KB.
    expect(tally).toEqual({ pages: 3, scannedCount: 12, count: 12, capacityUnits: 1.5 });
  });

  it("reads a small table in one page for half a unit when pages are not limited", async () => {
    const { invoices, tally } = await exportAllInvoices(backend.documentClient, table());
    expect(invoices).toHaveLength(12);
    expect(tally).toEqual({ pages: 1, scannedCount: 12, count: 12, capacityUnits: 0.5 });
  });

  it("returns only the open invoices, projected, but reads and charges for the whole table", async () => {
    const { invoices, tally } = await scanOpenInvoices(backend.documentClient, table());
    const sorted = [...invoices].sort((a, b) => a.invoiceId.localeCompare(b.invoiceId));
    expect(sorted).toEqual(
      [
        { customerId: "initech", invoiceId: "2026-0009", amountCents: 12900, currency: "GBP" },
        { customerId: "acme", invoiceId: "2026-0012", amountCents: 40500, currency: "EUR" },
        { customerId: "globex", invoiceId: "2026-0013", amountCents: 227500, currency: "USD" },
        { customerId: "umbrella", invoiceId: "2026-0014", amountCents: 505000, currency: "EUR" },
        { customerId: "acme", invoiceId: "2026-0007", amountCents: 98000, currency: "EUR" },
      ].sort((a, b) => a.invoiceId.localeCompare(b.invoiceId)),
    );
    const unfiltered = await exportAllInvoices(backend.documentClient, table());
    expect(tally).toEqual({
      pages: 1,
      scannedCount: 12,
      count: 5,
      capacityUnits: unfiltered.tally.capacityUnits,
    });
  });

  it("resumes from its cursor page by page, in the order of an uninterrupted scan", async () => {
    const pageSizes: number[] = [];
    const resumed: Invoice[] = [];
    let cursor: string | undefined;
    do {
      const page = await scanInvoicePage(backend.documentClient, table(), { limit: 4, cursor });
      pageSizes.push(page.invoices.length);
      resumed.push(...page.invoices);
      cursor = page.cursor;
    } while (cursor !== undefined);
    // The third page stops at the Limit, so DynamoDB hands back a LastEvaluatedKey without knowing
    // that nothing follows; the fourth request finds the end.
    expect(pageSizes).toEqual([4, 4, 4, 0]);
    const uninterrupted = await exportAllInvoices(backend.documentClient, table());
    expect(resumed).toEqual(uninterrupted.invoices);
  });

  it("refuses a cursor it did not hand out, before sending anything", async () => {
    const forged = Buffer.from(
      JSON.stringify({ PK: "CUSTOMER#acme", SK: "INVOICE#1", admin: true }),
    ).toString("base64url");
    await expect(
      scanInvoicePage(backend.documentClient, table(), { limit: 4, cursor: forged }),
    ).rejects.toThrow(InvalidScanCursorError);
    await expect(
      scanInvoicePage(backend.documentClient, table(), { limit: 4, cursor: "not-json" }),
    ).rejects.toThrow(new InvalidScanCursorError("The scan cursor is not one this job handed out"));
  });
});
