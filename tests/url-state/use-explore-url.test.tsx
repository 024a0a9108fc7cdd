import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ExploreUpdate } from '../../src/url-state/use-explore-url';
import { useExploreUrl } from '../../src/url-state/use-explore-url';
import { renderWithRouter } from '../test-utils';

function Probe({ expose }: { expose: (update: ExploreUpdate) => void }) {
  expose(useExploreUrl().update);
  return null;
}

describe('useExploreUrl', () => {
  it('builds a second edit on the first even before the first is rendered', () => {
    let update: ExploreUpdate = () => null;
    const { router } = renderWithRouter(<Probe expose={(fn) => (update = fn)} />, '/?q=steel');
    const first = update;
    act(() => {
      // Both edits through the same render's closure: a click and a key press before React catches up.
      first((s) => ({ ...s, filters: { ...s.filters, themes: ['ev-steel'] } }));
      first((s) => ({ ...s, filters: { ...s.filters, orgs: ['baogang-group'] } }));
    });
    expect(router.state.location.search).toBe('?themes=ev-steel&orgs=baogang-group&q=steel');
    expect(router.state.historyAction).toBe('PUSH');
  });

  it('once rendered, edits build on the URL again, so Back is not undone by a stale edit', async () => {
    let update: ExploreUpdate = () => null;
    const { router } = renderWithRouter(<Probe expose={(fn) => (update = fn)} />, '/');
    act(() => void update((s) => ({ ...s, filters: { ...s.filters, themes: ['ev-steel'] } })));
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe('');
    act(() => void update((s) => ({ ...s, filters: { ...s.filters, orgs: ['baogang-group'] } })));
    expect(router.state.location.search).toBe('?orgs=baogang-group');
  });
});
