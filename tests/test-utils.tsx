import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { expose } from 'comlink';
import type { ReactElement } from 'react';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { afterEach, vi } from 'vitest';
import { routes } from '../src/app/router';
import { DEFAULT_DATASET_URL } from '../src/dataset/dataset-source';
import type { Dataset } from '../src/domain/schema';
import { encodeDatasetFiles } from '../src/engine/columnar/dataset-folder';
import { createExploreApi } from '../src/engine/columnar/explore-api';
import { makeDataset } from './fixtures/make-dataset';

const ports: MessagePort[] = [];
afterEach(() => {
  for (const port of ports.splice(0)) port.close();
  vi.unstubAllGlobals();
});

/**
 * The explore worker without its thread: the real worker code (the contract's API) on one end of a
 * MessageChannel, the page's client on the other, as Comlink joins them to a Worker.
 */
export class InThreadWorker {
  constructor() {
    const { port1, port2 } = new MessageChannel();
    ports.push(port1, port2);
    expose(createExploreApi((input, init) => fetch(input, init)), port1);
    return port2 as unknown as InThreadWorker;
  }
}

/**
 * A fetch that serves the dataset as the shipped folder: its files, encoded as the ingest writes
 * them, at the default dataset's address; anything else is a 404.
 */
export function serveDataset({ articles, ...envelope }: Dataset): typeof fetch {
  const folder = DEFAULT_DATASET_URL.replace(/[^/]+$/, '');
  const files = new Map([...encodeDatasetFiles(envelope, articles.length, (i) => articles[i]!)].map((file) => [`${folder}${file.path}`, file.bytes]));
  return vi.fn(async (input: RequestInfo | URL) => {
    const bytes = files.get(String(input));
    if (!bytes) return new Response('Not found', { status: 404 });
    return new Response(bytes.slice(), { headers: { 'content-type': String(input).endsWith('.json') ? 'application/json' : 'application/octet-stream' } });
  });
}

/**
 * The real app (routes, providers, the worker's code) on an in-memory history seeded with `url`, the
 * dataset served as the shipped folder is: the page downloads its index, the worker opens it and
 * reads its search and body files.
 */
export function renderApp(url: string, dataset: Dataset = makeDataset()) {
  vi.stubGlobal('Worker', InThreadWorker);
  vi.stubGlobal('fetch', serveDataset(dataset));
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient };
}

/** A single element with a memory router around it, for components that render links. */
export function renderWithRouter(element: ReactElement, url = '/') {
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: [url] });
  return { ...render(<RouterProvider router={router} />), router };
}
