import type MiniSearch from 'minisearch';
import type { Article, Dataset } from '../../../src/domain/schema';
import { dateSpan } from '../../../src/lib/periods';
import { buildSearchIndex } from './search';

/** What the explore engine precomputes once per dataset, so each interaction is a single pass. */
export interface ExploreIndex {
  dataset: Dataset;
  articles: readonly Article[];
  /** Month span each article's date can mean; null when undated. */
  spans: readonly ([number, number] | null)[];
  /** Organizations each article counts for: those it names, plus their parent groups (for roll-up). */
  directOrgs: readonly ReadonlySet<string>[];
  rolledUpOrgs: readonly ReadonlySet<string>[];
  /** Organization → itself and every organization below it. */
  descendants: ReadonlyMap<string, readonly string[]>;
  /** First and last month with a dated article. */
  monthRange: [number, number] | null;
  search: MiniSearch;
}

function ancestorsOf(id: string, parentOf: ReadonlyMap<string, string>): string[] {
  const chain: string[] = [];
  let current = parentOf.get(id);
  // The registry is curated by hand: guard against a parent cycle rather than loop forever.
  while (current && !chain.includes(current) && current !== id) {
    chain.push(current);
    current = parentOf.get(current);
  }
  return chain;
}

export function buildExploreIndex(dataset: Dataset): ExploreIndex {
  const parentOf = new Map<string, string>();
  for (const org of dataset.organizations) if (org.parentId) parentOf.set(org.id, org.parentId);

  const descendants = new Map<string, string[]>();
  for (const org of dataset.organizations) {
    for (const id of [org.id, ...ancestorsOf(org.id, parentOf)]) {
      const below = descendants.get(id) ?? [];
      below.push(org.id);
      descendants.set(id, below);
    }
  }
  for (const list of descendants.values()) list.sort();

  let first = Infinity;
  let last = -Infinity;
  const spans = dataset.articles.map((article) => {
    if (!article.publishedAt) return null;
    const span = dateSpan(article.publishedAt.value, article.publishedAt.precision);
    first = Math.min(first, span[0]);
    last = Math.max(last, span[1]);
    return span;
  });

  const directOrgs = dataset.articles.map((article) => new Set(article.organizations.map((org) => org.id)));
  const rolledUpOrgs = directOrgs.map((direct) => {
    const all = new Set(direct);
    for (const id of direct) for (const ancestor of ancestorsOf(id, parentOf)) all.add(ancestor);
    return all;
  });

  return {
    dataset,
    articles: dataset.articles,
    spans,
    directOrgs,
    rolledUpOrgs,
    descendants,
    monthRange: Number.isFinite(first) ? [first, last] : null,
    search: buildSearchIndex(dataset.articles),
  };
}

const cache = new WeakMap<Dataset, ExploreIndex>();

/** One index per loaded dataset, shared by every page (building the search index is the costly part). */
export function getExploreIndex(dataset: Dataset): ExploreIndex {
  let index = cache.get(dataset);
  if (!index) {
    index = buildExploreIndex(dataset);
    cache.set(dataset, index);
  }
  return index;
}
