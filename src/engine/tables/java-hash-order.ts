/**
 * DynamoDB renders some sets of attribute names in its messages in the iteration order of a Java
 * HashSet (`keys used: [a, sk, pk]`). That order is fully determined by String.hashCode and the
 * table capacity, so it can be reproduced exactly.
 */
export function javaHashSetOrder(names: readonly string[]): string[] {
  const unique = [...new Set(names)];
  let capacity = 16;
  while (unique.length > capacity * 0.75) capacity *= 2;
  const buckets = new Map<number, string[]>();
  for (const name of unique) {
    const bucket = spread(javaStringHash(name)) & (capacity - 1);
    const list = buckets.get(bucket);
    if (list) list.push(name);
    else buckets.set(bucket, [name]);
  }
  return [...buckets.entries()].sort((a, b) => a[0] - b[0]).flatMap(([, list]) => list);
}

function javaStringHash(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

function spread(hash: number): number {
  return hash ^ (hash >>> 16);
}
