interface Entry<V> {
  readonly value: V;
  /** Read since it was last considered for eviction. */
  recent: boolean;
}

/**
 * A bounded least-recently-used memo, by second chance: a hit only marks its entry, so the hot
 * path never reorders the map; when the cache is full, the oldest entries that were read since
 * they were last looked at go to the back with their mark cleared, and the first unmarked one is
 * evicted. An entry that is never read again leaves before any entry that keeps being read.
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, Entry<V>>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    entry.recent = true;
    return entry.value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, recent: false });
    while (this.entries.size > this.capacity) this.evictOne();
  }

  clear(): void {
    this.entries.clear();
  }

  private evictOne(): void {
    for (const [key, entry] of this.entries) {
      this.entries.delete(key);
      if (!entry.recent) return;
      entry.recent = false;
      this.entries.set(key, entry);
    }
  }
}
