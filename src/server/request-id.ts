import { randomFillSync } from "node:crypto";

const ID_LENGTH = 52;
const ALPHABET = Buffer.from("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", "latin1");
const POOL_IDS = 128;

// One randomFillSync per 128 ids keeps the per-request cost to a few byte copies.
const pool = Buffer.allocUnsafe(ID_LENGTH * POOL_IDS);
let poolOffset = pool.length;
const id = Buffer.allocUnsafe(ID_LENGTH);

/**
 * A request id shaped like DynamoDB's: 52 characters from `A-Z0-9` (DynamoDB Local sends UUIDs
 * instead). Unique enough to correlate logs; not a secret.
 */
export function nextRequestId(): string {
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  for (let i = 0; i < ID_LENGTH; i++) {
    id[i] = ALPHABET[pool[poolOffset + i]! % ALPHABET.length]!;
  }
  poolOffset += ID_LENGTH;
  return id.toString("latin1");
}
