import type { RouteObject } from 'react-router-dom';
import { createBrowserRouter } from 'react-router-dom';
import { Layout } from './Layout';
import { ExploreRoute } from './routes/ExploreRoute';
import { NotFoundRoute } from './routes/NotFoundRoute';

// Explore is the landing page and ships in the first bundle; the other pages load when visited.
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <ExploreRoute /> },
      { path: 'summary', lazy: async () => ({ Component: (await import('./routes/SummaryRoute')).SummaryRoute }) },
      { path: 'articles/:id', lazy: async () => ({ Component: (await import('./routes/ArticleRoute')).ArticleRoute }) },
      { path: 'organizations/:id', lazy: async () => ({ Component: (await import('./routes/OrganizationRoute')).OrganizationRoute }) },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);
