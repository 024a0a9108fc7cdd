// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Organization } from '../../../src/domain/schema';
import { acceptedEntry, listDiscovered, withEntry, withRejected } from '../../../src/ingest/review/review';
import { makeArticle } from '../../fixtures/make-article';

const zenrock: Organization = { id: 'zenrock-group', name: 'Zenrock Group', aliases: ['Zenrock Group Co., Ltd.'], type: 'company', discovered: { rule: '… Group' } };
const qilu: Organization = { id: 'qilu-university', name: 'Qilu University', aliases: [], type: 'university', discovered: { rule: '… University' } };
const known: Organization = { id: 'hbis-group', name: 'HBIS Group', aliases: [], type: 'steelmaker' };
const named = (id: string, mentions: number, evidence: string[]) => ({ id, mentions, matched: [], fromPublisherTag: false, evidence });

describe('reviewing discovered organizations', () => {
  it('lists them by articles, then mentions, with up to two example sentences', () => {
    const articles = [
      makeArticle({ id: 'a', organizations: [named('zenrock-group', 1, ['Zenrock Group signed.']), named('qilu-university', 5, ['Qilu University led.'])] }),
      makeArticle({ id: 'b', organizations: [named('zenrock-group', 2, ['Zenrock Group hired.', 'Zenrock Group grew.']), named('hbis-group', 3, [])] }),
    ];
    expect(listDiscovered([known, zenrock, qilu], articles)).toEqual([
      { org: zenrock, articles: 2, mentions: 3, examples: ['Zenrock Group signed.', 'Zenrock Group hired.'] },
      { org: qilu, articles: 1, mentions: 5, examples: ['Qilu University led.'] },
    ]);
  });

  it('accepts one with the type, country and parent the reviewer states, keeping every variant as an alias', () => {
    expect(acceptedEntry(zenrock, { type: 'steelmaker', country: 'CN', parentId: 'hbis-group', aliases: ['Zenrock'] })).toEqual({
      id: 'zenrock-group', name: 'Zenrock Group', type: 'steelmaker', country: 'CN', parentId: 'hbis-group', aliases: ['Zenrock', 'Zenrock Group Co., Ltd.'], source: 'reviewed',
    });
    expect(acceptedEntry(zenrock, { type: 'company', name: 'Zenrock Group Co., Ltd.' }).aliases).toEqual(['Zenrock Group']);
  });

  it.each([
    [{ type: 'bakery' }, /unknown type "bakery": use one of steelmaker, mining/],
    [{ type: 'company', country: 'China' }, /country "China" is not an ISO 3166 alpha-2 code/],
  ])('refuses %j with a readable message', (options, message) => {
    expect(() => acceptedEntry(zenrock, options)).toThrow(message);
  });

  it('writes decisions in a stable order, so the same decisions give the same files', () => {
    const entry = acceptedEntry(zenrock, { type: 'company' });
    const other = acceptedEntry(qilu, { type: 'university' });
    expect(withEntry(withEntry([], entry), other)).toEqual(withEntry(withEntry([], other), entry));
    expect(withEntry([entry, other], { ...entry, country: 'CN' }).map((org) => [org.id, org.country])).toEqual([['qilu-university', undefined], ['zenrock-group', 'CN']]);
    expect(withRejected(['Zenrock Group', 'Alpha Group'], zenrock)).toEqual(['Alpha Group', 'Zenrock Group', 'Zenrock Group Co., Ltd.']);
  });
});
