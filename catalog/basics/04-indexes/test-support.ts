import { storedItemsOfTable } from "../../../src/modeling/stored-items.js";
import { model } from "./model.js";
import type { Order } from "./orders.js";

/** A seeded order, as stored, by its id. */
export function seededOrder(orderId: string): Order {
  const found = storedItemsOfTable(model, "MarketplaceOrders").find(({ item }) => item.orderId === orderId);
  if (found === undefined) throw new Error(`no example order ${orderId}`);
  return found.item as unknown as Order;
}
