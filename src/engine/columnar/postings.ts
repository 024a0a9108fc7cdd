/** Compressed sparse rows: the values of row `r` are `values[offsets[r]..offsets[r + 1]]`. */
export interface Csr {
  offsets: Uint32Array;
  values: Uint32Array;
}

/**
 * Inverts article → values into value → articles (ascending, each article once per value), by
 * counting sort: two passes, no per-article allocation.
 * e.g. articles [[0, 2], [2]] over 3 values → value 0: [0], value 1: [], value 2: [0, 1].
 */
export function invert(offsets: Uint32Array, values: ArrayLike<number>, valueCount: number): Csr {
  const articles = offsets.length - 1;
  const counts = new Uint32Array(valueCount + 1);
  const last = new Int32Array(valueCount).fill(-1);
  for (let i = 0; i < articles; i++) {
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const value = values[k]!;
      // A theme listed twice on one article is still one posting.
      if (last[value] === i) continue;
      last[value] = i;
      counts[value + 1]! += 1;
    }
  }
  for (let v = 0; v < valueCount; v++) counts[v + 1]! += counts[v]!;
  const out = new Uint32Array(counts[valueCount]!);
  const cursor = counts.slice(0, valueCount);
  last.fill(-1);
  for (let i = 0; i < articles; i++) {
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const value = values[k]!;
      if (last[value] === i) continue;
      last[value] = i;
      out[cursor[value]!++] = i;
    }
  }
  return { offsets: counts, values: out };
}

/** Each organization's chain of parents, guarding against a cycle in the hand-curated registry. */
export function ancestorChains(parent: Int32Array): number[][] {
  return Array.from(parent, (_, code) => {
    const chain: number[] = [];
    let current = parent[code]!;
    while (current >= 0 && current !== code && !chain.includes(current)) {
      chain.push(current);
      current = parent[current]!;
    }
    return chain;
  });
}

/** Each article's organizations plus all their parents, without repeats: what roll-up counts it under. */
export function rollUp(offsets: Uint32Array, values: ArrayLike<number>, chains: readonly number[][]): Csr {
  const articles = offsets.length - 1;
  const rolledOffsets = new Uint32Array(articles + 1);
  let size = 0;
  for (let k = 0; k < values.length; k++) size += 1 + chains[values[k]!]!.length;
  const rolled = new Uint32Array(size);
  let n = 0;
  for (let i = 0; i < articles; i++) {
    const start = n;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const org = values[k]!;
      for (const code of [org, ...chains[org]!]) {
        let seen = false;
        for (let j = start; j < n && !seen; j++) seen = rolled[j] === code;
        if (!seen) rolled[n++] = code;
      }
    }
    rolledOffsets[i + 1] = n;
  }
  return { offsets: rolledOffsets, values: rolled.slice(0, n) };
}
