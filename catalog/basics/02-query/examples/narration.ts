import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { show } from "../../../../src/catalog/runtime/narrate.js";

const MIDDLEWARE_NAME = "narrateRequests";

/**
 * Prints every request the access patterns send and every response, in document form, asking
 * each for its consumed capacity. The patterns themselves stay free of logging.
 */
export function narrateRequests(db: DynamoDBDocumentClient): void {
  type Next = (args: { input: object }) => Promise<{ output: object }>;
  const narrate =
    (next: Next, context: { commandName?: string }) =>
    async (args: { input: object }): Promise<{ output: object }> => {
      const input = args.input as Record<string, unknown>;
      input.ReturnConsumedCapacity ??= "TOTAL";
      show(`→ ${String(context.commandName).replace(/Command$/, "")}`, input);
      try {
        const result = await next(args);
        show("←", result.output);
        return result;
      } catch (error) {
        const { name, message } = error as Error;
        show(`← ${name}`, message);
        throw error;
      }
    };
  db.middlewareStack.add(narrate as never, { step: "initialize", name: MIDDLEWARE_NAME });
}

/** Stops narrating, so that dropping the example's tables stays out of its story. */
export function stopNarrating(db: DynamoDBDocumentClient): void {
  db.middlewareStack.remove(MIDDLEWARE_NAME);
}
