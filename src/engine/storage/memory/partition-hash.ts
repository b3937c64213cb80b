/**
 * Scan order: DynamoDB returns partitions in the order of an internal hash of the partition key,
 * not in insertion or key order. A stable 32-bit FNV-1a hash gives the same property here, and its
 * range is split evenly between parallel-scan segments.
 */
export function partitionHash(partitionKey: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < partitionKey.length; i++) {
    hash ^= partitionKey.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // Mix the low bits into the high ones: short keys otherwise cluster in one segment.
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  hash ^= hash >>> 12;
  return hash >>> 0;
}

/** Fixed-width hex so the string order of hash prefixes equals their numeric order. */
export function hashPrefix(hash: number): string {
  return hash.toString(16).padStart(8, "0");
}

/** The first hash of `segment` when the 32-bit space is cut into `totalSegments` equal ranges. */
export function segmentStart(segment: number, totalSegments: number): number {
  return Math.floor((segment * 0x100000000) / totalSegments);
}
