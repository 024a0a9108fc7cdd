/**
 * A function of one object computed once per object: the ingest builds phrase lists and indexes from
 * a knowledge base or taxonomy that stays the same across thousands of articles. Entries go with their key.
 * @example const phrasesOf = memoizeWeak((registry: Organization[]) => registry.map(...)); phrasesOf(r) === phrasesOf(r) // true
 */
export function memoizeWeak<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = build(key);
    cache.set(key, value);
    return value;
  };
}
