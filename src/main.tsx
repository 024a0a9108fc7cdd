import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DATASET_URL } from './dataset/dataset-source';
import { indexQueryOptions } from './dataset/index-query';
import './styles/global.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The worker starts and the index downloads while React mounts, not after the first route renders:
// every page opens the dataset, so the first cards wait for nothing the page could have started sooner.
const queryClient = new QueryClient();
void queryClient.prefetchQuery(indexQueryOptions(DATASET_URL));
createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
