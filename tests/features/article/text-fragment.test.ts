import { describe, expect, it } from 'vitest';
import { isHttpUrl } from '../../../src/lib/http-url';
import { encodeTextDirective, textDirective, textFragmentUrl } from '../../../src/features/article/text-fragment';

describe('encodeTextDirective', () => {
  it.each([
    ['low-carbon', 'low%2Dcarbon'],
    ['steel, hydrogen & power', 'steel%2C%20hydrogen%20%26%20power'],
    ['“Dual-Carbon” 1,000+ tons', '%E2%80%9CDual%2DCarbon%E2%80%9D%201%2C000%2B%20tons'],
    ['#:~:', '%23%3A~%3A'],
  ])('%s → %s', (text, expected) => {
    expect(encodeTextDirective(text)).toBe(expected);
  });
});

describe('textDirective', () => {
  it('quotes a short sentence whole, with spaces normalized', () => {
    expect(textDirective('  Baogang  ships 1,000+ tons. ')).toBe('Baogang%20ships%201%2C000%2B%20tons.');
  });

  it('quotes a long sentence by its first and last words', () => {
    const sentence = 'The meetings with East China University of Science and Technology showcase low-carbon ambitions.';
    expect(textDirective(sentence)).toBe('The%20meetings%20with%20East,Technology%20showcase%20low%2Dcarbon%20ambitions.');
  });

  it('quotes a sentence cut short with an ellipsis only up to the cut', () => {
    expect(textDirective('Baogang Group co-led a major conference promoting rare earth permanent magnet motor…')).toBe(
      'Baogang%20Group%20co%2Dled%20a%20major%20conference%20promoting%20rare',
    );
  });

  it('has nothing to quote in an empty sentence', () => {
    expect(textDirective('   ')).toBeNull();
  });
});

describe('textFragmentUrl', () => {
  it('appends the directive to the source URL', () => {
    expect(textFragmentUrl('https://example.com/news?id=1', 'Alliance formed')).toBe('https://example.com/news?id=1#:~:text=Alliance%20formed');
  });

  it('keeps an existing fragment and replaces an existing directive', () => {
    expect(textFragmentUrl('https://example.com/a#part', 'Alliance')).toBe('https://example.com/a#part:~:text=Alliance');
    expect(textFragmentUrl('https://example.com/a#:~:text=old', 'new')).toBe('https://example.com/a#:~:text=new');
  });

  it.each([null, 'javascript:alert(1)', 'data:text/html,hi', 'ftp://example.com/a'])('gives no link for %s', (url) => {
    expect(textFragmentUrl(url, 'Alliance formed')).toBeNull();
  });

  it('accepts only http(s) URLs', () => {
    expect(isHttpUrl('HTTPS://example.com')).toBe(true);
    expect(isHttpUrl('https:/example.com')).toBe(false);
  });
});
