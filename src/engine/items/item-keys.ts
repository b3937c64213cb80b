import { ValidationException, invalidParameter } from "../errors/index.js";
import type { KeyAttribute, SecondaryIndex, Table } from "../tables/table.js";
import type { AttributeValue, Item } from "../values/attribute-value.js";
import { typeOf } from "../values/attribute-value.js";
import { encodeKeyValue } from "../values/key-encoding.js";

/** Where an item lives in a store: its encoded partition and sort keys ("" without a sort key). */
export interface StorageKey {
  partition: string;
  sort: string;
}

const MAX_PARTITION_KEY_BYTES = 2048;
const MAX_SORT_KEY_BYTES = 1024;

/**
 * Reads the `Key` member of GetItem / DeleteItem / UpdateItem: exactly the table's key
 * attributes, of the declared types. Values must already be normalised.
 */
export function storageKeyFromKey(table: Table, key: Item): StorageKey {
  const { partition, sort } = table.keySchema;
  let count = 0;
  for (const _name in key) count++;
  if (count !== (sort ? 2 : 1))
    throw new ValidationException("The provided key element does not match the schema");
  const partitionValue = key[partition.name];
  const sortValue = sort ? key[sort.name] : undefined;
  if (!partitionValue || (sort && !sortValue)) {
    throw new ValidationException("The provided key element does not match the schema");
  }
  checkKeyValue(partition, partitionValue, "schema", MAX_PARTITION_KEY_BYTES);
  if (sort) checkKeyValue(sort, sortValue!, "schema", MAX_SORT_KEY_BYTES);
  return storageKeyOf(table, key);
}

/**
 * Checks the key attributes of a whole item (PutItem, or the result of an update) and the
 * secondary-index key attributes it carries, with DynamoDB's messages.
 */
export function checkItemKeys(table: Table, item: Item): StorageKey {
  const { partition, sort } = table.keySchema;
  for (const attribute of sort ? [partition, sort] : [partition]) {
    const value = item[attribute.name];
    if (!value) throw invalidParameter(`Missing the key ${attribute.name} in the item`);
    checkKeyValue(
      attribute,
      value,
      "item",
      attribute === partition ? MAX_PARTITION_KEY_BYTES : MAX_SORT_KEY_BYTES,
    );
  }
  for (const index of table.indexes) checkIndexKeys(index, item);
  return storageKeyOf(table, item);
}

/** Encodes the table key of an item whose key attributes are known to be valid. */
export function storageKeyOf(table: Table, item: Item): StorageKey {
  const { partition, sort } = table.keySchema;
  return {
    partition: encodeKeyValue(item[partition.name]!),
    sort: sort ? encodeKeyValue(item[sort.name]!) : "",
  };
}

function checkKeyValue(
  attribute: KeyAttribute,
  value: AttributeValue,
  source: "item" | "schema",
  maxBytes: number,
): void {
  const actual = typeOf(value);
  if (actual !== attribute.type) {
    if (source === "schema")
      throw new ValidationException("The provided key element does not match the schema");
    throw invalidParameter(
      `Type mismatch for key ${attribute.name} expected: ${attribute.type} actual: ${actual}`,
    );
  }
  const bytes = scalarByteLength(value);
  if (bytes === 0) {
    const kind = actual === "B" ? "binary" : "string";
    throw new ValidationException(
      `One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty ${kind} value. Key: ${attribute.name}`,
    );
  }
  if (bytes > maxBytes) {
    throw invalidParameter(
      maxBytes === MAX_PARTITION_KEY_BYTES
        ? `Size of hashkey has exceeded the maximum size limit of${MAX_PARTITION_KEY_BYTES} bytes`
        : `Aggregated size of all range keys has exceeded the size limit of ${MAX_SORT_KEY_BYTES} bytes`,
    );
  }
}

function checkIndexKeys(index: SecondaryIndex, item: Item): void {
  const { partitionAttributes, sortAttributes } = index.keySchema;
  for (const attribute of partitionAttributes) checkIndexKeyValue(index, attribute, item[attribute.name]);
  for (const attribute of sortAttributes) checkIndexKeyValue(index, attribute, item[attribute.name]);
}

function checkIndexKeyValue(
  index: SecondaryIndex,
  attribute: KeyAttribute,
  value: AttributeValue | undefined,
): void {
  if (!value) return; // sparse: the item is simply not in this index
  const actual = typeOf(value);
  if (actual !== attribute.type) {
    throw invalidParameter(
      `Type mismatch for Index Key ${attribute.name} Expected: ${attribute.type} Actual: ${actual} IndexName: ${index.name}`,
    );
  }
  if (scalarByteLength(value) === 0) {
    const kind = actual === "B" ? "binary" : "string";
    throw new ValidationException(
      `One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty ${kind} value. IndexName: ${index.name}, IndexKey: ${attribute.name}`,
    );
  }
}

/** UTF-8 length of S, decoded length of B, digits of N (never empty). */
function scalarByteLength(value: AttributeValue): number {
  if ("S" in value) return Buffer.byteLength(value.S, "utf8");
  if ("B" in value) return base64ByteLength(value.B);
  return 1;
}

function base64ByteLength(text: string): number {
  if (text.length === 0) return 0;
  let padding = 0;
  if (text.endsWith("==")) padding = 2;
  else if (text.endsWith("=")) padding = 1;
  return Math.floor((text.length * 3) / 4) - padding;
}
