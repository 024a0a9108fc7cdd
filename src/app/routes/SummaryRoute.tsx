import { useMemo } from 'react';
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

export function SummaryRoute() {
  return (
    <PageBoundary>
      <DatasetGate>{({ dataset }) => <Summary dataset={dataset} />}</DatasetGate>
    </PageBoundary>
  );
}
