// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { unscoredLabels } from '../../scripts/eval/ingest-labelled';
import type { LabelledArticle } from '../../scripts/eval/score';

const label = (id: string) => ({ id }) as LabelledArticle;
const article = (id: string, path: string) => ({ id, source: { path } }) as Parameters<typeof unscoredLabels>[1][number];

describe('labels the eval cannot score', () => {
  it('names a label whose article the ingest dropped as a copy of another, and the label kept', () => {
    const lines = unscoredLabels(
      [label('a-story'), label('b-same-story'), label('c-other')],
      [article('art-1', 'a-story.txt'), article('art-3', 'c-other.txt')],
      [{ keptId: 'art-1', droppedPath: 'b-same-story.txt', reason: 'same URL' }],
    );
    expect(lines).toEqual(['b-same-story: same URL as a-story']);
  });

  it('says so when a label has no article for another reason, and nothing when each has its own', () => {
    expect(unscoredLabels([label('gone')], [], [])).toEqual(['gone: not ingested (see the ingest report)']);
    expect(unscoredLabels([label('a')], [article('x', 'a.txt')], [])).toEqual([]);
  });
});
