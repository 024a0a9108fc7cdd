// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Figure, Organization } from '../../../src/domain/schema';
import { creditFigures } from '../../../src/ingest/normalize/claimants';
import { makeArticle } from '../../fixtures/make-article';

const types = new Map<string, Organization['type']>([['hbis-group', 'steelmaker'], ['bhp', 'mining'], ['reuters', 'media']]);
const org = (id: string, matched: string[], mentions = 1) => ({ id, mentions, matched, fromPublisherTag: false });
const figure = (sentence: string): Figure => ({ text: '5%', value: 5, unit: '%', measure: 'output', sentence });

function credit(body: string, sentence: string) {
  const article = makeArticle({
    body: [{ kind: 'paragraph', text: body }],
    // BHP is named most, so a default to the main organization would credit BHP.
    organizations: [org('bhp', ['BHP'], 9), org('hbis-group', ['HBIS', 'HBIS Group']), org('reuters', ['Reuters'])],
    figures: [figure(sentence)],
  });
  return creditFigures(article, types).figures[0]?.claimant;
}

describe('creditFigures', () => {
  it.each([
    ['the organization the sentence names first, the subject', 'HBIS Group and BHP said output rose 5%.', 'HBIS Group and BHP said output rose 5%.', { id: 'hbis-group', from: 'sentence' }],
    ['else the one the sentence before names', 'HBIS met analysts. Output rose 5%.', 'Output rose 5%.', { id: 'hbis-group', from: 'previous-sentence' }],
    ['never a medium, which only reports it', 'Output rose 5%, Reuters reported.', 'Output rose 5%, Reuters reported.', undefined],
    ['nobody when no sentence names anyone, not the most-mentioned', 'Prices fell. Output rose 5%.', 'Output rose 5%.', undefined],
  ])('credits %s', (_, body, sentence, expected) => {
    expect(credit(body, sentence)).toEqual(expected);
  });
});
