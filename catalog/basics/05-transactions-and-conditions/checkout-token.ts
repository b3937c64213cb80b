import { randomUUID } from "node:crypto";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { show } from "../../../src/catalog/runtime/narrate.js";

/**
 * Shows each request as sent and each answer as received (document form), asking every request
 * for its consumed capacity; a refusal shows its exception and, for a transaction, its reasons.
 */
export function narrateRequests(client: DynamoDBDocumentClient): void {
  type Args = { input: Record<string, unknown> };
  type Next = (args: Args) => Promise<{ output: object }>;
  const middleware = (next: Next, context: { commandName?: string }) => async (args: Args) => {
    args.input.ReturnConsumedCapacity ??= "TOTAL";
    show(`→ ${String(context.commandName).replace(/Command$/, "")}`, args.input);
    try {
      const result = await next(args);
      show("←", result.output);
      return result;
    } catch (error) {
      const { name, message, CancellationReasons } = error as Error & { CancellationReasons?: unknown };
      show(`← ${name}`, CancellationReasons ? { message, CancellationReasons } : message);
      throw error;
    }
  };
  client.middlewareStack.add(middleware as never, { step: "initialize", name: "narrateRequests" });
}

/**
 * A ClientRequestToken for one checkout. Tokens are remembered per account for ten minutes: a
 * fresh suffix per run keeps reruns against the same endpoint independent of each other.
 */
export function checkoutToken(orderId: string): string {
  return `checkout-${orderId}-${randomUUID().slice(0, 8)}`;
}
