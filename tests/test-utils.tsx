import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { datasetQueryOptions } from '../src/dataset/dataset-query';
import type { Dataset } from '../src/domain/schema';
import { routes } from '../src/app/router';
import { makeDataset } from './fixtures/make-dataset';

/** The real app (routes, providers) on an in-memory history seeded with `url`, with the dataset preloaded. */
export function renderApp(url: string, dataset: Dataset = makeDataset()) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  queryClient.setQueryData(datasetQueryOptions().queryKey, { dataset, skipped: [] });
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
