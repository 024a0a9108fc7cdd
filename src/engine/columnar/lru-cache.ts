const CACHE_SIZE = 8;

/** Recently used aggregates: clearing a filter returns to a state counted moments ago. */
export class LruCache<V> {
  private readonly entries = new Map<string, V>();
  private readonly pinned = new Map<string, V>();

  get(key: string, make: () => V): V {
    const kept = this.pinned.get(key);
    if (kept !== undefined) return kept;
    let value = this.entries.get(key);
    if (value === undefined) {
      value = make();
      if (this.entries.size >= CACHE_SIZE) this.entries.delete(this.entries.keys().next().value!);
    } else {
      this.entries.delete(key);
    }
    this.entries.set(key, value);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }

  /** Keeps every entry made so far for good (the unfiltered aggregates, the costliest to recount). */
  pinAll(): void {
    for (const [key, value] of this.entries) this.pinned.set(key, value);
    this.entries.clear();
  }
}
