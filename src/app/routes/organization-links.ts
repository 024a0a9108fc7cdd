import type { ExploreState } from '../../url-state/explore-url';
import { stringifyExploreUrl, withDatasetParam } from '../../url-state/explore-url';

/**
 * The organization page's two links that change the view, keeping the dataset a link points at:
 * this page with roll-up switched, and Explore filtered to the organization.
 */
export function organizationLinks(state: ExploreState, search: string, organizationId: string) {
  const { filters, view } = state;
  const link = (next: ExploreState) => withDatasetParam(stringifyExploreUrl({ ...next, view: { ...view, page: 1 } }), search);
  return {
    rollupToggleSearch: link({ ...state, filters: { ...filters, rollup: !filters.rollup } }),
    exploreSearch: link({ ...state, filters: { ...filters, orgs: [organizationId] } }),
  };
}
