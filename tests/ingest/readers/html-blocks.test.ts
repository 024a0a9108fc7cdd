// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractHighlights, htmlToBlocks, htmlToText } from '../../../src/ingest/readers/html-blocks';

describe('htmlToBlocks', () => {
  it('maps paragraphs, headings and nested list items, decoding entities', () => {
    const html =
      '<h2>Output &amp; Sales</h2><p>Mills rose&nbsp;4%.<br>Prices fell.</p>' +
      '<ul><li>Furnaces<ul><li>EAF &#8211; new</li></ul></li><li>Rolling</li></ul>';
    expect(htmlToBlocks(html).blocks).toEqual([
      { kind: 'heading', text: 'Output & Sales' },
      { kind: 'paragraph', text: 'Mills rose 4%. Prices fell.' },
      { kind: 'list-item', text: 'Furnaces', depth: 0 },
      { kind: 'list-item', text: 'EAF – new', depth: 1 },
      { kind: 'list-item', text: 'Rolling', depth: 0 },
    ]);
  });

  it('drops scripts, styles, page chrome, screen-reader hints and empty lists', () => {
    const html =
      '<nav><a href="/">Home</a></nav><script>var x = "tracking";</script><style>p{}</style><noscript>Enable JS</noscript>' +
      '<p>See <a href="https://example.com">the report<span class="sr-only"> (opens in a new tab)</span></a>.</p>' +
      '<ol class="wp-block-list"></ol><aside>Sidebar</aside><form><label>Name *</label></form>' +
      '<footer>Footer</footer><span class="et_bloom_bottom_trigger"></span>';
    expect(htmlToBlocks(html)).toEqual({ blocks: [{ kind: 'paragraph', text: 'See the report.' }], highlights: [] });
  });

  it('turns loose text between block elements into paragraphs', () => {
    expect(htmlToBlocks('Coke prices <b>eased</b>.<div>Second part.</div>Tail').blocks).toEqual([
      { kind: 'paragraph', text: 'Coke prices eased.' },
      { kind: 'paragraph', text: 'Second part.' },
      { kind: 'paragraph', text: 'Tail' },
    ]);
  });

  it('drops debris paragraphs such as share prompts and comment forms', () => {
    const html = '<p>Body.</p><p>Spread the word:</p><p>CATEGORIES: , ,</p><h3>Leave a Reply</h3><p>Comment</p>';
    expect(htmlToBlocks(html).blocks).toEqual([{ kind: 'paragraph', text: 'Body.' }]);
  });

  it('takes the list after a Highlights heading as highlights', () => {
    const html = '<h3>Highlights</h3><ul><li>One.</li><li>Two:<ul><li>a.</li><li>b.</li></ul></li></ul><p>Body.</p>';
    expect(htmlToBlocks(html)).toEqual({
      blocks: [{ kind: 'paragraph', text: 'Body.' }],
      highlights: ['One.', 'Two: a; b'],
    });
  });
});

describe('extractHighlights', () => {
  it('leaves a Highlights label without a list alone', () => {
    const blocks = [{ kind: 'heading' as const, text: 'Highlights' }, { kind: 'paragraph' as const, text: 'Body.' }];
    expect(extractHighlights(blocks)).toEqual({ blocks, highlights: [] });
  });
});

describe('htmlToText', () => {
  it.each([
    ['Baogang Group&#8217;s Breakthrough', 'Baogang Group’s Breakthrough'],
    ['Slag <em>Cement</em>  Plant', 'Slag Cement Plant'],
    ['R&amp;D &amp; steel', 'R&D & steel'],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});
