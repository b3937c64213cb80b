import type { ProjectionNode } from "../ast.js";
import { ValidationException, invalidParameter } from "../../errors/index.js";
import { checkAttributeName } from "./conditional-operator.js";
import { attributePath } from "./legacy-values.js";

export type AttributesToGetOperation = "GetItem" | "BatchGetItem" | "Query" | "Scan";

/**
 * AttributesToGet → the projection it stands for: top-level attributes, in request order, key
 * attributes included only when listed. Returns undefined when the request has none.
 *
 * Texts differ by operation (DynamoDB Local 1.25.1): BatchGetItem reports the first repeated
 * name in the `One or more parameter values were invalid` family, the others do not name it.
 * GetItem and BatchGetItem reject an empty list, Query and Scan project nothing from it.
 */
export function convertAttributesToGet(
  input: { AttributesToGet?: unknown },
  operation: AttributesToGetOperation,
): ProjectionNode | undefined {
  const names = input.AttributesToGet;
  if (!Array.isArray(names)) return undefined;
  if (names.length === 0 && (operation === "GetItem" || operation === "BatchGetItem")) {
    throw new ValidationException("AttributesToGet cannot be empty");
  }
  const seen = new Set<string>();
  for (const name of names as string[]) {
    checkAttributeName(name);
    if (seen.has(name)) {
      throw operation === "BatchGetItem"
        ? invalidParameter(`Duplicate value in attribute name: ${name}`)
        : new ValidationException("Cannot have two attributes with the same name");
    }
    seen.add(name);
  }
  return names.map((name: string) => attributePath(name));
}
