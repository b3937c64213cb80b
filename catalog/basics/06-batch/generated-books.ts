import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { show } from "../../../src/catalog/runtime/narrate.js";
import type { Book } from "./books.js";

/**
 * Shows each request as sent and each answer as received (document form), asking every request
 * for its consumed capacity. A batch of more than a few items is summarised as counts per table,
 * so a 25-item request stays one readable line.
 */
export function narrateRequests(client: DynamoDBDocumentClient): void {
  type Args = { input: Record<string, unknown> };
  type Next = (args: Args) => Promise<{ output: Record<string, unknown> }>;
  const middleware = (next: Next, context: { commandName?: string }) => async (args: Args) => {
    args.input.ReturnConsumedCapacity ??= "TOTAL";
    show(`→ ${String(context.commandName).replace(/Command$/, "")}`, summarise(args.input));
    const result = await next(args);
    show("←", summarise(result.output));
    return result;
  };
  client.middlewareStack.add(middleware as never, { step: "initialize", name: "narrateRequests" });
}

const SUMMARISED = ["RequestItems", "Responses", "UnprocessedItems", "UnprocessedKeys"];

function summarise(message: Record<string, unknown>): Record<string, unknown> {
  const summary: Record<string, unknown> = { ...message };
  for (const member of SUMMARISED) {
    const perTable = message[member] as Record<string, unknown[] | { Keys: unknown[] }> | undefined;
    if (!perTable) continue;
    const counts = Object.entries(perTable).map(([table, work]) => {
      const entries = Array.isArray(work) ? work : work.Keys;
      return [
        table,
        entries.length <= 3 ? work : `${entries.length} ${Array.isArray(work) ? "entries" : "keys"}`,
      ];
    });
    summary[member] = Object.fromEntries(counts);
  }
  return summary;
}

/** A catalogue file of `count` made-up books with distinct ISBNs, for the import examples. */
export function generatedBooks(count: number): Book[] {
  return Array.from({ length: count }, (_, i) => ({
    isbn: `979-${String(i).padStart(6, "0")}`,
    title: `Volume ${i}`,
    author: "Anon",
    price: 10 + (i % 7),
  }));
}
