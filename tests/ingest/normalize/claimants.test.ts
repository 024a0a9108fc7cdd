// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Figure, Organization } from '../../../src/domain/schema';
import { creditFigures } from '../../../src/ingest/normalize/claimants';
import { makeArticle } from '../../fixtures/make-article';

const entry = (id: string, name: string, type: Organization['type'], more: Partial<Organization> = {}): Organization => ({ id, name, type, aliases: [], ...more });
const registry: Organization[] = [
  entry('hbis-group', 'HBIS Group', 'steelmaker'),
  entry('bhp', 'BHP', 'mining'),
  entry('reuters', 'Reuters', 'media'),
  entry('hyundai-motor', 'Hyundai Motor Company', 'automotive'),
  entry('hyundai-steel', 'Hyundai Steel', 'steelmaker'),
  entry('jindal-shadeed', 'Jindal Shadeed', 'steelmaker'),
  entry('japan-government', 'Government of Japan', 'government', { country: 'JP', actsAs: ['Japan'] }),
  entry('european-union', 'European Union', 'intergovernmental', { aliases: ['EU'] }),
];
const byId = new Map(registry.map((org) => [org.id, org]));
const org = (id: string, matched: string[], mentions = 1) => ({ id, mentions, matched, fromPublisherTag: false });
const figure = (sentence: string): Figure => ({ text: '5%', value: 5, unit: '%', measure: 'output', sentence });

function credit(body: string, sentence: string) {
  const article = makeArticle({
    body: [{ kind: 'paragraph', text: body }],
    // BHP is named most, so a default to the main organization would credit BHP.
    organizations: [
      org('bhp', ['BHP'], 9),
      org('hbis-group', ['HBIS', 'HBIS Group']),
      org('reuters', ['Reuters']),
      org('hyundai-motor', ['Hyundai']),
      org('hyundai-steel', ['Hyundai Steel Co.']),
      org('jindal-shadeed', ['Jindal Shadeed']),
      org('japan-government', ['Japan']),
      org('european-union', ['EU']),
    ],
    figures: [figure(sentence)],
  });
  return creditFigures(article, registry, byId).figures[0]?.claimant;
}

describe('creditFigures', () => {
  it.each([
    ['the organization the sentence names first, the subject', 'HBIS Group and BHP said output rose 5%.', 'HBIS Group and BHP said output rose 5%.', { id: 'hbis-group', from: 'sentence' }],
    ['else the one the sentence before names', 'HBIS met analysts. Output rose 5%.', 'Output rose 5%.', { id: 'hbis-group', from: 'previous-sentence' }],
    ['never a medium, which only reports it', 'Output rose 5%, Reuters reported.', 'Output rose 5%, Reuters reported.', undefined],
    ['nobody when no sentence names anyone, not the most-mentioned', 'Prices fell. Output rose 5%.', 'Output rose 5%.', undefined],
    ['the longest name where two start alike', 'Hyundai Steel Co. expands. The company invested 5%.', 'The company invested 5%.', { id: 'hyundai-steel', from: 'previous-sentence' }],
    ['the actor of the figure’s own clause', 'BHP partnered with HBIS, and Jindal Shadeed invested 5% more.', 'BHP partnered with HBIS, and Jindal Shadeed invested 5% more.', { id: 'jindal-shadeed', from: 'sentence' }],
    ['a country where it acts as its state', 'Japan imposed a 5% levy.', 'Japan imposed a 5% levy.', { id: 'japan-government', from: 'sentence' }],
    ['nobody for a country’s trade', 'Japan imports 5% of it.', 'Japan imports 5% of it.', undefined],
    ['nobody for a country’s output, not the one the sentence before names', 'HBIS met analysts. Japan produces 5% of it.', 'Japan produces 5% of it.', undefined],
    ['nobody for a union’s economy, not the one the sentence before names', 'HBIS met analysts. EU steel production fell 5%.', 'EU steel production fell 5%.', undefined],
    ['the figure itself, not a longer number that ends like it', 'HBIS output rose 15%, and BHP output rose 5%.', 'HBIS output rose 15%, and BHP output rose 5%.', { id: 'bhp', from: 'sentence' }],
    ['the first of a list of subjects, not the last', 'HBIS, BHP, and Jindal Shadeed will invest 5% more.', 'HBIS, BHP, and Jindal Shadeed will invest 5% more.', { id: 'hbis-group', from: 'sentence' }],
    ['a union’s trade policy as the union’s act', 'EU import tariffs of 5% apply.', 'EU import tariffs of 5% apply.', { id: 'european-union', from: 'sentence' }],
    ['the sentence before’s actor where a country is only a place', 'HBIS will build a plant. It will supply 5% of Japan’s demand.', 'It will supply 5% of Japan’s demand.', { id: 'hbis-group', from: 'previous-sentence' }],
    ['a country where it provides money', 'Japan provides $2m to HBIS, 5% of the cost.', 'Japan provides $2m to HBIS, 5% of the cost.', { id: 'japan-government', from: 'sentence' }],
    ['a name written in capitals where the article found it in title case', 'Prices at JINDAL SHADEED rose 5%.', 'Prices at JINDAL SHADEED rose 5%.', { id: 'jindal-shadeed', from: 'sentence' }],
    ['the name whose own the figure is, written right before it', 'HBIS output rose 10%, double BHP’s planned 5% rise.', 'HBIS output rose 10%, double BHP’s planned 5% rise.', { id: 'bhp', from: 'sentence' }],
    ['the sentence before’s actor where the subject refers back and a name comes only after the figure', 'HBIS met analysts. Back then, the company raised 5% more in a round led by BHP.', 'Back then, the company raised 5% more in a round led by BHP.', { id: 'hbis-group', from: 'previous-sentence' }],
    ['the buyer, not the seller whose stake it was', 'HBIS bought BHP’s 5% stake.', 'HBIS bought BHP’s 5% stake.', { id: 'hbis-group', from: 'sentence' }],
    ['the speaker named after the figure, though the subject refers back', 'HBIS met analysts. It will reach 5% by 2030, according to BHP.', 'It will reach 5% by 2030, according to BHP.', { id: 'bhp', from: 'sentence' }],
    ['nobody for a country written in capitals, as a dateline writes it', 'Prices fell. TOKYO, JAPAN: output rose 5%.', 'TOKYO, JAPAN: output rose 5%.', undefined],
    ['the clause’s actor, a list in brackets going on inside it', 'HBIS (with partners including BHP, and Jindal Shadeed) plans 5% more.', 'HBIS (with partners including BHP, and Jindal Shadeed) plans 5% more.', { id: 'hbis-group', from: 'sentence' }],
  ])('credits %s', (_, body, sentence, expected) => {
    expect(credit(body, sentence)).toEqual(expected);
  });
});
