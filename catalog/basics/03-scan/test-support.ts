import { storedItemsOfTable } from "../../../src/modeling/stored-items.js";
import type { Invoice } from "./invoice-scans.js";
import { model } from "./model.js";

/** The seeded invoices, as stored, in key order: scans return them in hash order, so tests sort. */
export function seededInvoices(): Invoice[] {
  return byKey(storedItemsOfTable(model, "Invoices").map(({ item }) => item as unknown as Invoice));
}

export function byKey<T extends { PK: string; SK: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => (a.PK + "\u0000" + a.SK).localeCompare(b.PK + "\u0000" + b.SK));
}
