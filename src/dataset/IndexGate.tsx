import type { ReactNode } from 'react';
import { PanelState } from '../components/PanelState';
import { SyntheticNotice } from '../components/SyntheticNotice';
import type { LoadedIndex } from './index-query';
import { useIndexQuery } from './index-query';
import { DatasetError } from './parse-dataset';

/** DatasetGate for the split layout: renders its page once the index file is loaded and valid. */
export function IndexGate({ url, children }: { url: string; children: (loaded: LoadedIndex) => ReactNode }) {
  const query = useIndexQuery(url);
  if (query.isPending) return <PanelState kind="loading" title="Loading the dataset…" />;
  if (query.isError) {
    const known = query.error instanceof DatasetError;
    return (
      <PanelState
        kind="error"
        title={known ? query.error.message : 'The dataset could not be loaded.'}
        action={
          query.error instanceof DatasetError && query.error.retryable ? (
            <button type="button" className="button" onClick={() => void query.refetch()}>
              Retry
            </button>
          ) : undefined
        }
      >
        <p>{query.error instanceof DatasetError ? query.error.advice : query.error.message}</p>
      </PanelState>
    );
  }
  return (
    <>
      {query.data.envelope.synthetic && <SyntheticNotice count={query.data.count} />}
      {children(query.data)}
    </>
  );
}
