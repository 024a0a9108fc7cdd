import type { ReactNode } from 'react';
import { PanelState } from '../components/PanelState';
import { AccessTokenForm } from './AccessTokenForm';
import { SyntheticNotice } from '../components/SyntheticNotice';
import type { LoadedIndex } from './index-query';
import { useDatasetQuery } from './index-query';
import { DatasetError } from '../domain/parse-dataset';

/** Renders its page only once the dataset is open; otherwise a designed loading or error state, or the access-token form a team's server asks for. */
export function DatasetGate({ url, children }: { url: string; children: (loaded: LoadedIndex) => ReactNode }) {
  const query = useDatasetQuery(url);
  if (query.isPending) return <PanelState kind="loading" title="Loading the dataset…" />;
  if (query.isError) {
    if (query.error instanceof DatasetError && query.error.needsToken) {
      return <AccessTokenForm message={query.error.message} advice={query.error.advice} onToken={() => void query.refetch()} />;
    }
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
