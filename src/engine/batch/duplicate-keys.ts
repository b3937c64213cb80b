import { ValidationException } from "../errors/index.js";
import type { StorageKey } from "../items/item-keys.js";
import type { Item } from "../values/attribute-value.js";

const DUPLICATES_MESSAGE = "Provided list of item keys contains duplicates";

/**
 * BatchGetItem checks one table's keys for repeats before it looks the table up, so keys are
 * compared as whole (normalised) attribute maps: numbers in canonical form, attribute order
 * ignored. Two spellings of one number ("1", "1.0") name the same item and count as a repeat
 * (DynamoDB Local 1.25.1 compares them as sent there and lets them through, yet calls them
 * duplicates in BatchWriteItem).
 */
export function assertNoDuplicateKeys(keys: readonly Item[]): void {
  if (keys.length < 2) return;
  const seen = new Set<string>();
  for (const key of keys) {
    const identity = JSON.stringify(
      Object.keys(key)
        .sort()
        .map((name) => [name, key[name]]),
    );
    if (seen.has(identity)) throw new ValidationException(DUPLICATES_MESSAGE);
    seen.add(identity);
  }
}

/** BatchWriteItem compares the table keys its puts and deletes resolve to: one write per item. */
export function assertNoDuplicateStorageKeys(keys: readonly StorageKey[]): void {
  const seen = new Set<string>();
  for (const { partition, sort } of keys) {
    const identity = JSON.stringify([partition, sort]);
    if (seen.has(identity)) throw new ValidationException(DUPLICATES_MESSAGE);
    seen.add(identity);
  }
}
