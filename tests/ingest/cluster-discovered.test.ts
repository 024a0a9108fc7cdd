// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Organization } from '../../src/domain/schema';
import { clusterDiscoveries } from '../../src/ingest/cluster-discovered';
import type { ArticleDiscovery } from '../../src/ingest/normalize/organizations';
import { clusterKey } from '../../src/ingest/normalize/organization-names';

const found = (form: string, extra: Partial<ArticleDiscovery> = {}): ArticleDiscovery => ({
  key: clusterKey(form),
  forms: [form],
  abbreviations: [],
  type: 'company',
  rule: '… Group',
  mentions: 1,
  evidence: [`${form} signed.`],
  ...extra,
});
const registry: Organization[] = [{ id: 'hbis-group', name: 'HBIS Group', aliases: ['HBIS'], type: 'steelmaker' }];

describe('clusterDiscoveries', () => {
  it('makes one organization of a name’s variants across articles, named by its most frequent form', () => {
    const { organizations, byArticle } = clusterDiscoveries(
      [
        { articleId: 'a', discovered: [found('Zenrock Group Co., Ltd.')] },
        { articleId: 'b', discovered: [found('Zenrock Group', { mentions: 3 })] },
        { articleId: 'c', discovered: [found('ZENROCK GROUP')] },
      ],
      registry,
      new Set(),
    );
    expect(organizations).toEqual([
      { id: 'zenrock-group', name: 'Zenrock Group', aliases: ['ZENROCK GROUP', 'Zenrock Group Co., Ltd.'], type: 'company', discovered: { rule: '… Group' } },
    ]);
    expect([...byArticle.keys()]).toEqual(['a', 'b', 'c']);
    expect(byArticle.get('b')).toEqual([{ id: 'zenrock-group', mentions: 3, matched: ['Zenrock Group'], fromPublisherTag: false, evidence: ['Zenrock Group signed.'] }]);
  });

  it('joins a name the knowledge base has under another spelling to that entry', () => {
    const { organizations, byArticle } = clusterDiscoveries([{ articleId: 'a', discovered: [found('HBIS Group Co., Ltd.')] }], registry, new Set());
    expect(organizations).toEqual([]);
    expect(byArticle.get('a')?.[0]?.id).toBe('hbis-group');
  });

  it('drops names on the reviewed stop list, and keeps ids apart from the knowledge base’s', () => {
    const { organizations } = clusterDiscoveries(
      [{ articleId: 'a', discovered: [found('Green Vision Group'), found('Hbis Group Holdings', { key: 'hbis group holdings' })] }],
      [{ id: 'hbis-group-holdings', name: 'Other', aliases: [], type: 'company' }],
      new Set([clusterKey('Green Vision Group')]),
    );
    expect(organizations.map((org) => org.id)).toEqual(['hbis-group-holdings-2']);
  });

  it('carries the defined abbreviation as an alias and the parent a name extends', () => {
    const { organizations } = clusterDiscoveries(
      [{ articleId: 'a', discovered: [found('HBIS Green Steel Co', { type: 'steelmaker', rule: 'extends “HBIS”', parentId: 'hbis-group', abbreviations: ['HGS'] })] }],
      registry,
      new Set(),
    );
    expect(organizations[0]).toMatchObject({ name: 'HBIS Green Steel Co', aliases: ['HGS'], parentId: 'hbis-group', type: 'steelmaker' });
  });

  it('gives the same result whatever the order of the articles', () => {
    const articles = [
      { articleId: 'a', discovered: [found('Zenrock Group'), found('Qilu University', { type: 'university', rule: '… University' })] },
      { articleId: 'b', discovered: [found('Zenrock Group Ltd')] },
    ];
    expect(clusterDiscoveries([...articles].reverse(), registry, new Set()).organizations).toEqual(clusterDiscoveries(articles, registry, new Set()).organizations);
  });
});
