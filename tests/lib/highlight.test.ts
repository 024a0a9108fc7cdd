import { describe, expect, it } from 'vitest';
import { splitHighlights } from '../../src/lib/highlight';

const marked = (text: string, terms: string[]) =>
  splitHighlights(text, terms)
    .filter((part) => part.marked)
    .map((part) => part.text);

describe('splitHighlights', () => {
  it('marks terms case-insensitively at word starts, longest first', () => {
    expect(marked('Hydrogen metallurgy and green hydrogen', ['hydrogen', 'hydrogen metallurgy'])).toEqual(['Hydrogen metallurgy', 'hydrogen']);
  });
  it('does not mark inside words and escapes regex characters', () => {
    expect(marked('dehydrogenation', ['hydrogen'])).toEqual([]);
    expect(marked('R&D (lab) costs', ['(lab)'])).toEqual(['(lab)']);
  });
  it('keeps the whole text in order', () => {
    const parts = splitHighlights('Steel for EV batteries', ['ev']);
    expect(parts.map((part) => part.text).join('')).toBe('Steel for EV batteries');
  });
});
