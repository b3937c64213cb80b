import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { show } from "./narrate.js";

const MIDDLEWARE_NAME = "narrateRequests";

/** Batch members whose per-table lists are summarised as counts beyond this many entries. */
const SUMMARISED = ["RequestItems", "Responses", "UnprocessedItems", "UnprocessedKeys"];
const LISTED_IN_FULL = 3;

/**
 * Prints every request a client sends and every answer, in document form, asking each request
 * for its consumed capacity, so the access patterns themselves stay free of logging. A refusal
 * shows its exception and, for a transaction, its CancellationReasons; a batch of more than a few
 * items is summarised as counts per table, so a 25-item request stays one readable line.
 */
export function narrateRequests(client: DynamoDBDocumentClient): void {
  type Args = { input: Record<string, unknown> };
  type Next = (args: Args) => Promise<{ output: Record<string, unknown> }>;
  const middleware = (next: Next, context: { commandName?: string }) => async (args: Args) => {
    args.input.ReturnConsumedCapacity ??= "TOTAL";
    show(`→ ${String(context.commandName).replace(/Command$/, "")}`, summarise(args.input));
    try {
      const result = await next(args);
      show("←", summarise(result.output));
      return result;
    } catch (error) {
      const { name, message, CancellationReasons } = error as Error & { CancellationReasons?: unknown };
      show(`← ${name}`, CancellationReasons ? { message, CancellationReasons } : message);
      throw error;
    }
  };
  client.middlewareStack.add(middleware as never, { step: "initialize", name: MIDDLEWARE_NAME });
}

/** Stops narrating, so that dropping an example's tables stays out of its story. */
export function stopNarrating(client: DynamoDBDocumentClient): void {
  client.middlewareStack.remove(MIDDLEWARE_NAME);
}

export function summarise(message: Record<string, unknown>): Record<string, unknown> {
  let summary: Record<string, unknown> | undefined;
  for (const member of SUMMARISED) {
    const perTable = message[member] as Record<string, unknown[] | { Keys: unknown[] }> | undefined;
    if (!perTable || typeof perTable !== "object") continue;
    summary ??= { ...message };
    const counts = Object.entries(perTable).map(([table, work]) => {
      const entries = Array.isArray(work) ? work : work.Keys;
      if (!Array.isArray(entries) || entries.length <= LISTED_IN_FULL) return [table, work];
      return [table, `${entries.length} ${Array.isArray(work) ? "entries" : "keys"}`];
    });
    summary[member] = Object.fromEntries(counts);
  }
  return summary ?? message;
}
