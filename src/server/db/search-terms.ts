/**
 * Full-text search in PostgreSQL over the worker's own words: articles and queries are split by the
 * worker's tokenizer (src/engine/columnar/compact-search.ts) and handed to PostgreSQL as lexemes in
 * its input syntax, not through its text parser, which would split differently (it drops `$` and `|`,
 * keeps `1.5` and `example.com` whole). Both sides then search the same words; what the worker adds is
 * typo tolerance, which PostgreSQL's text search has not.
 */
import type { Article } from '../../domain/schema';
import { tokenize } from '../../engine/columnar/compact-search';
import { searchFieldsOf } from '../../engine/columnar/search-file';

/** As the worker's search: at most this many distinct words of a query count. */
const MAX_QUERY_WORDS = 255;
/** Title words weigh A, highlights B, text D (unwritten): what a later ranking reads. */
const FIELD_WEIGHTS = ['A', 'B', ''];
// PostgreSQL's limits: a lexeme under 2 KB, 256 positions per lexeme, positions up to 16,383.
const MAX_LEXEME_BYTES = 2_047;
const MAX_POSITIONS = 256;
const MAX_POSITION = 16_383;

/** A lexeme quoted for tsvector and tsquery input: quotes doubled, backslashes escaped, so no text is syntax. */
const quote = (word: string) => `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * The article's title, highlights and text as a tsvector literal, each word with its positions and
 * field weight. Words over 2 KB (encoded blobs, not words) are left out.
 * e.g. title "Green steel", text "steel" → `'green':1A 'steel':2A,3`.
 */
export function searchVector(article: Pick<Article, 'title' | 'highlights' | 'body'>): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  searchFieldsOf(article).forEach((text, field) => {
    for (const word of tokenize(text)) {
      position = Math.min(position + 1, MAX_POSITION);
      if (Buffer.byteLength(word) > MAX_LEXEME_BYTES) continue;
      let list = positions.get(word);
      if (!list) positions.set(word, (list = []));
      if (list.length < MAX_POSITIONS) list.push(`${position}${FIELD_WEIGHTS[field]}`);
    }
  });
  return [...positions].map(([word, list]) => `${quote(word)}:${list.join(',')}`).join(' ');
}

/**
 * A tsquery literal asking for every word of the query as a prefix (the worker's search without its
 * typos), or null when the query has no word.
 * e.g. `Hydrogen plant` → `'hydrogen':* & 'plant':*`.
 */
export function prefixQuery(q: string): string | null {
  const words = [...new Set(tokenize(q))].slice(0, MAX_QUERY_WORDS);
  return words.length ? words.map((word) => `${quote(word)}:*`).join(' & ') : null;
}
