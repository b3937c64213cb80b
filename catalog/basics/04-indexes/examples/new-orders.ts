import type { NewOrder } from "../orders.js";

/** The order the examples place: a books order waiting to ship from Dublin. */
export const newBooksOrder: NewOrder = {
  customerId: "alan",
  orderId: "o-1011",
  sellerId: "books",
  placedAt: "2026-03-06T08:00:00Z",
  total: 31.4,
  lines: ["Intelligent Machinery"],
  warehouse: "DUB1",
};
