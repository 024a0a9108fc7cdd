import type { ArticleOrganization, Organization } from '../domain/schema';
import { compareStrings } from './normalize/phrase-match';
import type { ArticleDiscovery } from './normalize/organizations';
import { clusterKey, slugOf } from './normalize/organization-names';

export interface ClusteredOrganizations {
  /** Discovered organizations, one per name and its variants, sorted by id. */
  organizations: Organization[];
  /** What each article gains: discovered organizations, and knowledge-base ones written in a longer form. */
  byArticle: Map<string, ArticleOrganization[]>;
}

interface Cluster {
  key: string;
  forms: Map<string, number>;
  abbreviations: Set<string>;
  rules: Map<string, number>;
  types: Map<Organization['type'], number>;
  parentIds: Map<string, number>;
  articles: { articleId: string; found: ArticleDiscovery }[];
}

/** The most frequent value, ties to the shortest then the first in code-point order: deterministic. */
function mostFrequent<T extends string>(counts: ReadonlyMap<T, number>): T {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || compareStrings(a[0], b[0]))[0]![0];
}

const add = <T>(counts: Map<T, number>, value: T, by = 1) => counts.set(value, (counts.get(value) ?? 0) + by);

/**
 * Makes one organization of each discovered name across all articles: variants that share a cluster key
 * ("HBIS Group", "HBIS Group Co., Ltd.") get one id, named by their most frequent form, with the others
 * and the defined abbreviations as aliases. A name the knowledge base has under another spelling joins
 * that entry instead; a name on the reviewed stop list is dropped. Deterministic whatever the file order.
 * @example clusterDiscoveries([{ articleId: 'a', discovered: [{ key: 'jianlong group', forms: ['Jianlong Group'], … }] }], [], new Set())
 *   .organizations // [{ id: 'jianlong-group', name: 'Jianlong Group', discovered: { rule: '… Group' }, … }]
 */
export function clusterDiscoveries(
  articles: readonly { articleId: string; discovered: readonly ArticleDiscovery[] }[],
  registry: readonly Organization[],
  stopKeys: ReadonlySet<string>,
): ClusteredOrganizations {
  const known = new Map<string, string>();
  for (const org of registry) for (const name of [org.name, ...org.aliases]) known.set(clusterKey(name), org.id);

  const clusters = new Map<string, Cluster>();
  for (const { articleId, discovered } of articles) {
    for (const found of discovered) {
      if (stopKeys.has(found.key) || found.key === '') continue;
      const cluster: Cluster = clusters.get(found.key) ?? { key: found.key, forms: new Map(), abbreviations: new Set(), rules: new Map(), types: new Map(), parentIds: new Map(), articles: [] };
      found.forms.forEach((form) => add(cluster.forms, form, found.mentions));
      found.abbreviations.forEach((abbreviation) => cluster.abbreviations.add(abbreviation));
      add(cluster.rules, found.rule);
      add(cluster.types, found.type);
      if (found.parentId) add(cluster.parentIds, found.parentId);
      cluster.articles.push({ articleId, found });
      clusters.set(found.key, cluster);
    }
  }

  const taken = new Set(registry.map((org) => org.id));
  const organizations: Organization[] = [];
  const byArticle = new Map<string, ArticleOrganization[]>();
  for (const cluster of [...clusters.values()].sort((a, b) => compareStrings(a.key, b.key))) {
    let id = known.get(cluster.key);
    if (id === undefined) {
      const base = slugOf(cluster.key) || 'organization';
      id = base;
      for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
      taken.add(id);
      const name = mostFrequent(cluster.forms);
      const parentId = cluster.parentIds.size > 0 ? mostFrequent(cluster.parentIds) : undefined;
      organizations.push({
        id,
        name,
        aliases: [...[...cluster.forms.keys()].filter((form) => form !== name).sort(compareStrings), ...[...cluster.abbreviations].sort(compareStrings)],
        type: mostFrequent(cluster.types),
        ...(parentId ? { parentId } : {}),
        discovered: { rule: mostFrequent(cluster.rules) },
      });
    }
    for (const { articleId, found } of cluster.articles) {
      const list = byArticle.get(articleId) ?? [];
      list.push({ id, mentions: found.mentions, matched: [...found.forms, ...found.abbreviations], fromPublisherTag: false, evidence: found.evidence });
      byArticle.set(articleId, list);
    }
  }
  return { organizations, byArticle };
}
