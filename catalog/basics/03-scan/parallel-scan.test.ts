import { expect, it } from "vitest";
import { forEachBackend } from "../../../src/catalog/testing/backends.js";
import { exportAllInvoices } from "./invoice-scans.js";
import { model } from "./model.js";
import { parallelScanInvoices } from "./parallel-scan.js";
import { byKey, seededInvoices } from "./test-support.js";

forEachBackend(model, (backend) => {
  const table = () => backend.tableName("Invoices");

  it("sees every invoice exactly once across four concurrent segments", async () => {
    const { invoices, segments } = await parallelScanInvoices(backend.documentClient, table(), {
      totalSegments: 4,
    });
    expect(byKey(invoices)).toEqual(seededInvoices());
    expect(segments.map((result) => result.segment)).toEqual([0, 1, 2, 3]);
    const keys = invoices.map((invoice) => `${invoice.PK}/${invoice.SK}`);
    expect(new Set(keys).size).toBe(12);
    expect(segments.reduce((sum, result) => sum + result.tally.scannedCount, 0)).toBe(12);
  });

  it("reads the same items as a sequential scan when split into pages of two", async () => {
    const parallel = await parallelScanInvoices(backend.documentClient, table(), {
      totalSegments: 3,
      pageSize: 2,
    });
    const sequential = await exportAllInvoices(backend.documentClient, table());
    expect(byKey(parallel.invoices)).toEqual(byKey(sequential.invoices));
  });

  it("with one segment is a plain scan, in the same order", async () => {
    const single = await parallelScanInvoices(backend.documentClient, table(), { totalSegments: 1 });
    const sequential = await exportAllInvoices(backend.documentClient, table());
    expect(single.invoices).toEqual(sequential.invoices);
  });
});
