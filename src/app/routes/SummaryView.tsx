import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { PanelState } from '../../components/PanelState';
import { UrlNotice } from '../../components/UrlNotice';
import type { LoadedIndex } from '../../dataset/index-query';
import { useSummaryModelQuery } from '../../dataset/worker-queries';
import { describeFilters } from '../../engine/describe-filters';
import { LinkDatasetNotice } from '../../features/share/LinkDatasetNotice';
import { SummaryPage } from '../../features/summary/SummaryPage';
import { useIndexUrl } from './use-index-url';

/** The summary: its model counted in the worker over every matching article. */
export function SummaryView({ loaded }: { loaded: LoadedIndex }) {
  const { state, search, update } = useIndexUrl(loaded.envelope);
  const { taxonomy, organizations } = loaded.envelope;
  const active = useMemo(() => describeFilters(state.filters, { taxonomy, organizations }), [state.filters, taxonomy, organizations]);
  const query = useSummaryModelQuery(loaded, { filters: state.filters });
  if (query.isPending) return <PanelState kind="loading" title={`Summarizing ${loaded.count.toLocaleString('en-US')} articles…`} />;
  if (query.isError) {
    return (
      <PanelState kind="error" title="The summary could not be made." action={<Link to={{ pathname: '/', search }}>Explore these filters</Link>}>
        <p>{query.error.message}</p>
      </PanelState>
    );
  }
  return (
    <div aria-busy={query.isPlaceholderData}>
      <UrlNotice />
      <LinkDatasetNotice state={state} dataset={loaded.envelope} articleCount={loaded.count} update={update} />
      <SummaryPage model={query.data} dataset={loaded.envelope} articleCount={loaded.count} active={active} search={search} update={update} />
    </div>
  );
}
