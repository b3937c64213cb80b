import { randomUUID } from "node:crypto";

/**
 * A ClientRequestToken for one checkout. Tokens are remembered per account for ten minutes: a
 * fresh suffix per run keeps reruns against the same endpoint independent of each other.
 */
export function checkoutToken(orderId: string): string {
  return `checkout-${orderId}-${randomUUID().slice(0, 8)}`;
}
