// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { unreadLabels, unscoredLabels } from '../../scripts/eval/ingest-labelled';
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

  it('leaves out a label whose file could not be read: it is scored, as finding nothing', () => {
    expect(unscoredLabels([label('gone')], [], [])).toEqual([]);
    expect(unscoredLabels([label('a')], [article('x', 'a.txt')], [])).toEqual([]);
  });
});

describe('labels whose file the ingest could not read', () => {
  it('names each with the reason the ingest gave, and no label whose file was read', () => {
    const files = [
      { path: 'bad.txt', status: 'failed' as const, reason: 'could not read the html content', articleIds: [] },
      { path: 'good.txt', status: 'ingested' as const, articleIds: ['x'] },
    ];
    expect(unreadLabels([label('bad'), label('good'), label('absent')], files)).toEqual([{ label: label('bad'), reason: 'could not read the html content' }]);
  });
});
