import { useMemo } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { PanelState } from '../../components/PanelState';
import { INDEX_URL } from '../../dataset/dataset-source';
import { PageBoundary } from '../../components/PageBoundary';
import { UrlNotice } from '../../components/UrlNotice';
import { LinkDatasetNotice } from '../../features/share/LinkDatasetNotice';
import { DatasetGate } from '../../dataset/DatasetGate';
import type { Dataset } from '../../domain/schema';
import { describeFilters } from '../../engine/describe-filters';
import { SummaryPage } from '../../features/summary/SummaryPage';
import { useExplore } from '../use-explore';

function Summary({ dataset }: { dataset: Dataset }) {
  const { index, state, search, update, selection } = useExplore(dataset);
  const active = useMemo(() => describeFilters(state.filters, dataset), [state.filters, dataset]);
  return (
    <>
      <UrlNotice />
      <LinkDatasetNotice state={state} dataset={dataset} update={update} />
      <SummaryPage dataset={dataset} index={index} selection={selection} active={active} filters={state.filters} search={search} update={update} />
    </>
  );
}

/**
 * The summary's KPIs, figures and organization × theme grid read every matching article in full; a
 * large dataset keeps its articles in the worker, which does not compute them yet. Saying so beats
 * showing the shipped dataset's summary under a large dataset's link.
 */
function LargeDatasetSummary() {
  const { search } = useLocation();
  return (
    <PanelState kind="empty" title="The summary is not available for a large dataset yet.">
      <p>
        Its headline numbers and charts are computed from every matching article, which this dataset keeps in its index. <Link to={`/${search}`}>Explore</Link> shows the
        same filters with every count, the timeline and the cards.
      </p>
    </PanelState>
  );
}

export function SummaryRoute() {
  return <PageBoundary>{INDEX_URL ? <LargeDatasetSummary /> : <DatasetGate>{({ dataset }) => <Summary dataset={dataset} />}</DatasetGate>}</PageBoundary>;
}
