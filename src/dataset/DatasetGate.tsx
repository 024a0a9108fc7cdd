import type { ReactNode } from 'react';
import { PanelState } from '../components/PanelState';
import { SyntheticNotice } from '../components/SyntheticNotice';
import { useDatasetQuery } from './dataset-query';
import type { LoadedDataset } from './parse-dataset';
import { DatasetError } from './parse-dataset';
import { SkippedRecordsNotice } from './SkippedRecordsNotice';

/** Renders its page only once the dataset is loaded and valid; otherwise a designed loading or error state. */
export function DatasetGate({ children }: { children: (loaded: LoadedDataset) => ReactNode }) {
  const query = useDatasetQuery();
  if (query.isPending) return <PanelState kind="loading" title="Loading the dataset…" />;
  if (query.isError) {
    const error = query.error;
    const known = error instanceof DatasetError;
    return (
      <PanelState
        kind="error"
        title={known ? error.message : 'The dataset could not be loaded.'}
        action={
          known && error.retryable ? (
            <button type="button" className="button" onClick={() => void query.refetch()}>
              Retry
            </button>
          ) : undefined
        }
      >
        <p>{known ? error.advice : error.message}</p>
      </PanelState>
    );
  }
  return (
    <>
      {query.data.dataset.synthetic && <SyntheticNotice count={query.data.dataset.articles.length} />}
      <SkippedRecordsNotice skipped={query.data.skipped} />
      {children(query.data)}
    </>
  );
}
