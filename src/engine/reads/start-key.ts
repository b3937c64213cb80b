import { ValidationException } from "../errors/index.js";
import { indexKeyOf, indexPosition } from "../indexes/index-entry.js";
import type { ScanPosition } from "../storage/item-store.js";
import { partitionHash, segmentStart } from "../storage/memory/partition-hash.js";
import { keyAttributesOf, type KeyAttribute } from "../tables/table.js";
import type { AttributeValue, Item } from "../values/attribute-value.js";
import { typeOf } from "../values/attribute-value.js";
import { encodeKeyValue } from "../values/key-encoding.js";
import { normalizeItem } from "../values/normalize.js";
import { encodedSortKeyOf, sortKeyInRange, type KeyRange } from "./key-condition.js";
import type { ReadOperation, ReadTarget } from "./read-target.js";

const INVALID = "The provided starting key is invalid";
const SCHEMA_MISMATCH = "The provided key element does not match the schema";

/**
 * ExclusiveStartKey → the position in the store to resume after, checked with DynamoDB's texts.
 * The key must hold exactly the read key's attributes and the table's, of the declared types;
 * a Query's key must also lie inside the key condition.
 */
export function startPosition(
  operation: ReadOperation,
  target: ReadTarget,
  raw: unknown,
  range?: KeyRange,
): ScanPosition | undefined {
  if (raw === undefined || raw === null) return undefined;
  const key = normalizeItem(raw, { kind: "key" });
  let count = 0;
  for (const _name in key) count++;
  if (count !== target.startKeyNames.length) {
    throw new ValidationException(
      operation === "Scan" && !target.index ? `${INVALID}: ${SCHEMA_MISMATCH}` : INVALID,
    );
  }
  // A Query checks the key it reads by (the index's, or the table's); a Scan only an index's.
  if (operation === "Query" || target.index) {
    for (const attribute of keyAttributesOf(target.keySchema)) {
      const value = key[attribute.name];
      if (!value) throw new ValidationException(INVALID);
      if (typeOf(value) !== attribute.type) throw new ValidationException(SCHEMA_MISMATCH);
      checkNotEmpty(attribute, value);
    }
  }
  for (const attribute of keyAttributesOf(target.table.keySchema)) {
    const value = key[attribute.name];
    if (!value || typeOf(value) !== attribute.type) {
      throw new ValidationException(`${INVALID}: ${SCHEMA_MISMATCH}`);
    }
    checkNotEmpty(attribute, value);
  }
  const position = positionOf(target, key);
  if (range) checkInsideQuery(target, key, position, range);
  return position;
}

function checkNotEmpty(attribute: KeyAttribute, value: AttributeValue): void {
  const empty = ("S" in value && value.S === "") || ("B" in value && value.B === "");
  if (!empty) return;
  throw new ValidationException(
    `${INVALID}: One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty ${"S" in value ? "string" : "binary"} value. Key: ${attribute.name}`,
  );
}

/** Where the item the key names sits (or would sit) in the store read. */
function positionOf(target: ReadTarget, key: Item): ScanPosition {
  const table = target.table.keySchema;
  const tablePartition = encodeKeyValue(key[table.partition.name]!);
  const tableSort = table.sort ? encodeKeyValue(key[table.sort.name]!) : "";
  if (!target.index) return { partition: tablePartition, sort: tableSort };
  const indexKey = indexKeyOf(target.index.keySchema, key)!;
  return { partition: indexKey.partition, sort: indexPosition(indexKey.sort, tablePartition, tableSort) };
}

function checkInsideQuery(target: ReadTarget, key: Item, position: ScanPosition, range: KeyRange): void {
  const sort = target.keySchema.sort;
  const samePartition = position.partition === range.partition;
  if (!range.sortTerm || !sort) {
    if (!samePartition) {
      throw new ValidationException(
        "The provided starting key is outside query boundaries based on provided conditions",
      );
    }
    return;
  }
  if (!sortKeyInRange(range, encodedSortKeyOf(target.keySchema, key))) {
    throw new ValidationException("The provided starting key does not match the range key predicate");
  }
  if (!samePartition) {
    throw new ValidationException("The query can return at most one row and cannot be restarted");
  }
}

/**
 * A parallel scan may only resume inside its own segment. The store splits segments by ranges
 * of the partition hash, so the check asks which range the key's partition falls in.
 */
export function checkStartInSegment(
  position: ScanPosition,
  segment: number | undefined,
  totalSegments: number | undefined,
): void {
  if (segment === undefined || totalSegments === undefined || totalSegments <= 1) return;
  const hash = partitionHash(position.partition);
  const inside =
    hash >= segmentStart(segment, totalSegments) &&
    (segment + 1 >= totalSegments || hash < segmentStart(segment + 1, totalSegments));
  if (!inside) {
    throw new ValidationException(
      `${INVALID}: Invalid ExclusiveStartKey. Please use ExclusiveStartKey with correct Segment. TotalSegments: ${totalSegments} Segment: ${segment}`,
    );
  }
}
