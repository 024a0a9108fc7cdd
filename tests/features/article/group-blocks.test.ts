import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/domain/schema';
import { groupBlocks } from '../../../src/features/article/group-blocks';

const item = (text: string, depth?: number): Block => ({ kind: 'list-item', text, ...(depth === undefined ? {} : { depth }) });

describe('groupBlocks', () => {
  it('joins runs of list items into nested lists and leaves other blocks as they are', () => {
    const blocks: Block[] = [
      { kind: 'heading', text: 'Highlights' },
      item('Focus on:'),
      item('Hydrogen', 1),
      item('AI', 1),
      item('Leading'),
      { kind: 'paragraph', text: 'Body.' },
      item('Again'),
    ];
    expect(groupBlocks(blocks)).toEqual([
      { kind: 'heading', text: 'Highlights' },
      {
        kind: 'list',
        items: [
          { text: 'Focus on:', children: [{ text: 'Hydrogen', children: [] }, { text: 'AI', children: [] }] },
          { text: 'Leading', children: [] },
        ],
      },
      { kind: 'paragraph', text: 'Body.' },
      { kind: 'list', items: [{ text: 'Again', children: [] }] },
    ]);
  });

  it('keeps a list that starts deep at the top level', () => {
    expect(groupBlocks([item('Orphan', 2), item('Next', 2)])).toEqual([
      { kind: 'list', items: [{ text: 'Orphan', children: [] }, { text: 'Next', children: [] }] },
    ]);
  });
});
