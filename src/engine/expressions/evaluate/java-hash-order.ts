/**
 * DynamoDB lists unused ExpressionAttributeNames / ExpressionAttributeValues keys in the iteration
 * order of a Java HashMap holding the request's map, not in request order: `{#a, #b}` for a map
 * sent as `{"#b": .., "#a": ..}`. This reproduces that order: buckets by the spread String
 * hashCode, insertion order within a bucket, the table doubling from 16 buckets past a 0.75 load.
 */
export function javaHashMapOrder(keys: readonly string[]): string[] {
  let capacity = 16;
  while (keys.length > capacity * 0.75) capacity *= 2;
  const buckets = new Map<number, string[]>();
  for (const key of keys) {
    const bucket = spreadHash(key) & (capacity - 1);
    const members = buckets.get(bucket);
    if (members) members.push(key);
    else buckets.set(bucket, [key]);
  }
  return [...buckets.keys()].sort((a, b) => a - b).flatMap((bucket) => buckets.get(bucket)!);
}

function spreadHash(key: string): number {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (Math.imul(hash, 31) + key.charCodeAt(i)) | 0;
  return hash ^ (hash >>> 16);
}
