/**
 * Generates the query strings people actually open: links cut by a chat app, edited by hand, or
 * crafted to attack. Seeded, so a failure names a reproducible case. Shared by the parser fuzz test
 * (thousands, in Node) and the browser fuzz test (hundreds, in Chromium).
 */

/** mulberry32: a tiny seeded PRNG, enough to spread cases and reproduce them. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const CATEGORIES = [
  'valid',
  'unknown-id',
  'bad-date',
  'reversed-range',
  'empty',
  'duplicate',
  'huge',
  'percent-error',
  'unicode-rtl',
  'script-payload',
  'number-trick',
  'unknown-key',
  'truncated',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface HostileQuery {
  /** The query string without its leading "?", as it would appear after a path. */
  query: string;
  categories: Category[];
}

export interface KnownValues {
  themes: readonly string[];
  orgs: readonly string[];
}

const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  '"><img src=x onerror="window.__pwned=1">',
  "'-alert(1)-'",
  '<svg/onload=window.__pwned=1>',
  'data:text/html,<script>window.__pwned=1</script>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '__proto__',
  'constructor',
];
const PERCENT_ERRORS = ['%', '%E0%A4%A', '%ZZ', '%C0%AF', '%ED%A0%80', '%FF%FE', '%00', '%%32%30', '%u202E'];
const UNICODE = ['استيل', '\u202Eevil\u202C', 'ｈｙｄｒｏｇｅｎ', '🙂🏭', 'e\u0301', '\u200b', '\u0000x', '钢铁', 'שָׁלוֹם', '\u2066x\u2069'];
const NUMBER_TRICKS = ['2abc', '1e3', '-0', '0x10', ' 3', '٣', '3.5', '9007199254740993', 'Infinity', 'NaN', '+2', '02', '-1'];
const BAD_DATES = ['2025-13', '2025-00', '0000-01', '99999-01', '2025-1', '2025/01', '2025-01-15', '2025', 'May 2025', '２０２５-０１'];
const UNKNOWN_KEYS = ['foo', '__proto__', 'constructor', 'hasOwnProperty', 'Themes', 'themes[]', ' themes', 'THEMES', 'utm_source', 'q\u202e', '<script>', ''];
const ENUMS: Record<string, readonly string[]> = {
  match: ['any', 'all'],
  rollup: ['true', 'false'],
  gran: ['month', 'quarter', 'year'],
  chart: ['bars', 'lines'],
  scale: ['count', 'share'],
  events: ['true', 'false'],
  sort: ['date', 'relevance'],
};

/** Every hostile query string is built from these parts, then sometimes duplicated or cut. */
export function generateHostileQueries(count: number, seed: number, known: KnownValues, options: { hugeEvery?: number } = {}): HostileQuery[] {
  const random = seededRandom(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (p: number) => random() < p;
  const hugeEvery = options.hugeEvery ?? 40;
  const month = () => `${2019 + Math.floor(random() * 8)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`;
  const ids = (pool: readonly string[], categories: Set<Category>) => {
    const list: string[] = [];
    for (let i = 0, n = 1 + Math.floor(random() * 3); i < n; i += 1) {
      if (chance(0.25)) {
        categories.add('unknown-id');
        list.push(pick(['no-such-id', 'baogang', 'ev_steel', 'a'.repeat(90), 'x-1']));
      } else list.push(pick(pool));
    }
    if (chance(0.1)) list.push('', '');
    return list.join(',');
  };

  const queries: HostileQuery[] = [];
  for (let n = 0; n < count; n += 1) {
    const categories = new Set<Category>();
    const parts: [string, string][] = [];
    const partCount = 1 + Math.floor(random() * 5);
    for (let p = 0; p < partCount; p += 1) {
      const roll = random();
      if (roll < 0.1) {
        categories.add('unknown-key');
        parts.push([pick(UNKNOWN_KEYS), pick(['1', 'x', ...PAYLOADS])]);
        continue;
      }
      const key = pick(['themes', 'orgs', 'from', 'to', 'q', 'page', 'v', 'match', 'rollup', 'gran', 'chart', 'scale', 'events', 'sort', 'last', 'ds']);
      let value: string;
      const twist = random();
      if (twist < 0.45) {
        categories.add('valid');
        value =
          key === 'themes' ? ids(known.themes, categories)
          : key === 'orgs' ? ids(known.orgs, categories)
          : key === 'from' || key === 'to' ? month()
          : key === 'q' ? pick(['hydrogen', 'green steel', 'Baogang', 'EV'])
          : key === 'page' ? String(1 + Math.floor(random() * 3))
          : key === 'v' ? '1'
          : key === 'last' ? `${1 + Math.floor(random() * 24)}m`
          : key === 'ds' ? '2026-01-01.0123abcd'
          : pick(ENUMS[key] ?? ['x']);
      } else if (twist < 0.52) {
        categories.add('empty');
        value = '';
      } else if (twist < 0.6) {
        categories.add('bad-date');
        value = pick(BAD_DATES);
      } else if (twist < 0.68) {
        categories.add('percent-error');
        value = pick(PERCENT_ERRORS);
      } else if (twist < 0.76) {
        categories.add('unicode-rtl');
        value = pick(UNICODE);
      } else if (twist < 0.86) {
        categories.add('script-payload');
        value = pick(PAYLOADS);
      } else if (twist < 0.95) {
        categories.add('number-trick');
        value = pick(NUMBER_TRICKS);
      } else {
        categories.add('unknown-id');
        value = pick(['no-such-theme', 'ZZZ', '-leading-dash', 'a'.repeat(200)]);
      }
      // Percent errors must reach the parser raw; everything else is encoded as a browser would.
      parts.push([key, categories.has('percent-error') && PERCENT_ERRORS.includes(value) ? value : encodeURIComponent(value)]);
    }
    if (chance(0.08)) {
      const [from, to] = [month(), month()].sort();
      categories.add('reversed-range');
      parts.push(['from', to!], ['to', from!]);
    }
    if (n % hugeEvery === 0) {
      categories.add('huge');
      parts.push([pick(['q', 'themes', 'foo', 'from']), encodeURIComponent(pick(['x', 'é', '<', 'ab,'])).repeat(100_000 / 3)]);
    }
    if (chance(0.1) && parts.length > 0) {
      categories.add('duplicate');
      parts.push(pick(parts));
    }
    let query = parts.map(([key, value]) => `${encodeURIComponent(key)}=${value}`).join('&');
    if (chance(0.05)) query = query.replace(/=/, '');
    if (chance(0.05)) query = `&&${query}&=&`;
    if (chance(0.12) && query.length > 2) {
      categories.add('truncated');
      query = query.slice(0, 1 + Math.floor(random() * (query.length - 1)));
    }
    queries.push({ query, categories: [...categories] });
  }
  return queries;
}
