import { expect, it } from "vitest";
import { forEachBackend } from "../../../src/catalog/testing/backends.js";
import { waitUntilSellerIndexShows } from "./index-consistency.js";
import { model } from "./model.js";
import { placeOrder } from "./orders.js";

forEachBackend(model, (backend) => {
  const table = () => backend.tableName("MarketplaceOrders");

  it("finds an order the index already holds on the first attempt", async () => {
    const order = { sellerId: "games", placedAt: "2026-03-04T10:00:00Z", orderId: "o-1006" };
    expect(await waitUntilSellerIndexShows(backend.documentClient, table(), order, { maxAttempts: 1 })).toBe(
      true,
    );
  });

  it("finds a newly placed order once the index has it", async () => {
    await placeOrder(backend.documentClient, table(), {
      customerId: "grace",
      orderId: "o-1013",
      sellerId: "games",
      placedAt: "2026-03-07T16:30:00Z",
      total: 12.5,
      lines: ["Logic Gates Card Deck"],
      warehouse: "FRA1",
    });
    const order = { sellerId: "games", placedAt: "2026-03-07T16:30:00Z", orderId: "o-1013" };
    expect(await waitUntilSellerIndexShows(backend.documentClient, table(), order)).toBe(true);
  });

  it("gives up and says so when the order never appears", async () => {
    const order = { sellerId: "games", placedAt: "2026-03-04T10:00:00Z", orderId: "o-1007" };
    const options = { maxAttempts: 3, baseMs: 1 };
    expect(await waitUntilSellerIndexShows(backend.documentClient, table(), order, options)).toBe(false);
  });
});
