import { useMemo } from 'react';
import { PageBoundary } from '../../components/PageBoundary';
import { UrlNotice } from '../../components/UrlNotice';
import { DatasetGate } from '../../dataset/DatasetGate';
import { INDEX_URL } from '../../dataset/dataset-source';
import { IndexGate } from '../../dataset/IndexGate';
import type { Dataset } from '../../domain/schema';
import { describeFilters } from '../../engine/describe-filters';
import { LinkDatasetNotice } from '../../features/share/LinkDatasetNotice';
import { SummaryPage } from '../../features/summary/SummaryPage';
import { buildSummaryModel } from '../../features/summary/build-summary-model';
import { useExplore } from '../use-explore';
import { IndexedSummaryView } from './IndexedSummaryView';

function Summary({ dataset }: { dataset: Dataset }) {
  const { index, state, search, update, selection } = useExplore(dataset);
  const active = useMemo(() => describeFilters(state.filters, dataset), [state.filters, dataset]);
  const organizations = useMemo(() => new Map(dataset.organizations.map((org) => [org.id, org])), [dataset]);
  const { from, to } = state.filters;
  const model = useMemo(
    () => buildSummaryModel(index, selection, { from, to }, dataset.taxonomy.themes, organizations),
    [index, selection, from, to, dataset, organizations],
  );
  return (
    <>
      <UrlNotice />
      <LinkDatasetNotice state={state} dataset={dataset} articleCount={dataset.articles.length} update={update} />
      <SummaryPage model={model} dataset={dataset} articleCount={dataset.articles.length} active={active} search={search} update={update} />
    </>
  );
}

export function SummaryRoute() {
  return (
    <PageBoundary>
      {INDEX_URL ? (
        <IndexGate url={INDEX_URL}>{(loaded) => <IndexedSummaryView loaded={loaded} />}</IndexGate>
      ) : (
        <DatasetGate>{({ dataset }) => <Summary dataset={dataset} />}</DatasetGate>
      )}
    </PageBoundary>
  );
}
