import { ValidationException } from "../errors/index.js";
import type { StorageKey } from "../items/item-keys.js";
import type { AttributeValue, Item } from "../values/attribute-value.js";
import { encodeKeyValue } from "../values/key-encoding.js";

const DUPLICATES_MESSAGE = "Provided list of item keys contains duplicates";

/**
 * BatchGetItem checks one table's keys for repeats before it looks the table up, so keys are
 * compared as whole (normalised) attribute maps: numbers by value, attribute order ignored. Two
 * spellings of one number ("1", "1.0") name the same item and count as a repeat (DynamoDB Local
 * 1.25.1 compares them as sent there and lets them through, yet calls them duplicates in
 * BatchWriteItem).
 */
export function assertNoDuplicateKeys(keys: readonly Item[]): void {
  if (keys.length < 2) return;
  const seen = new Set<string>();
  for (const key of keys) {
    const identity = keyIdentity(key);
    if (seen.has(identity)) throw new ValidationException(DUPLICATES_MESSAGE);
    seen.add(identity);
  }
}

/**
 * One string per distinct key. The table is not known yet, so the names come from the key itself,
 * sorted; keys have one or two. Every part carries its length, so no two keys run together.
 */
function keyIdentity(key: Item): string {
  const names = Object.keys(key);
  if (names.length === 2) {
    if (names[1]! < names[0]!) names.reverse();
  } else if (names.length > 2) {
    names.sort();
  }
  let identity = "";
  for (const name of names) identity += `${name.length}:${name}${valueIdentity(key[name]!)}`;
  return identity;
}

/**
 * S text and canonical base64 already have one spelling per value; numbers go through the key
 * encoding, which is spelling-blind. Values no key may hold are still compared, by their JSON.
 */
function valueIdentity(value: AttributeValue): string {
  let text: string;
  let type: string;
  if ("S" in value) {
    type = "S";
    text = value.S;
  } else if ("N" in value) {
    type = "N";
    text = encodeKeyValue(value);
  } else if ("B" in value) {
    type = "B";
    text = value.B;
  } else {
    type = "J";
    text = JSON.stringify(value);
  }
  return `${type}${text.length}:${text}`;
}

/** BatchWriteItem compares the table keys its puts and deletes resolve to: one write per item. */
export function assertNoDuplicateStorageKeys(keys: readonly StorageKey[]): void {
  const seen = new Set<string>();
  for (const { partition, sort } of keys) {
    const identity = `${partition.length}:${partition}${sort}`;
    if (seen.has(identity)) throw new ValidationException(DUPLICATES_MESSAGE);
    seen.add(identity);
  }
}
