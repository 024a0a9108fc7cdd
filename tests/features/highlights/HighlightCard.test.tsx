import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HighlightCard } from '../../../src/features/highlights/HighlightCard';
import { makeArticle } from '../../fixtures/make-article';
import { renderWithRouter } from '../../test-utils';

const card = (url: string | null, title = 'Steel alliance formed') =>
  renderWithRouter(
    <HighlightCard
      article={makeArticle({ url, title, highlights: { items: [`<img src=x onerror="window.__pwned=1">`], method: 'source' } })}
      themesById={new Map()}
      organizationsById={new Map()}
      terms={[]}
      search=""
      onOrganization={() => {}}
      selectedOrgs={[]}
    />,
  );

describe('HighlightCard with untrusted data', () => {
  it('links out over http(s) only, without handing over the opener or referrer', () => {
    card('https://example.com/a');
    expect(screen.getByRole('link', { name: /Original at/ })).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'ftp://example.com/a'])('gives no link for %s', (url) => {
    card(url);
    expect(screen.queryByRole('link', { name: /Original at/ })).toBeNull();
  });

  it('shows markup in a title or highlight as text', () => {
    const { container } = card(null, '<script>window.__pwned=1</script> Steel');
    expect(screen.getByRole('heading', { name: '<script>window.__pwned=1</script> Steel' })).toBeInTheDocument();
    expect(screen.getByText('<img src=x onerror="window.__pwned=1">')).toBeInTheDocument();
    expect(container.querySelector('script, img')).toBeNull();
  });
});
