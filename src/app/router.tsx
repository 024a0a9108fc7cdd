import type { RouteObject } from 'react-router-dom';
import { createBrowserRouter } from 'react-router-dom';
import { Layout } from './Layout';
import { ArticleRoute } from './routes/ArticleRoute';
import { ExploreRoute } from './routes/ExploreRoute';
import { NotFoundRoute } from './routes/NotFoundRoute';
import { OrganizationRoute } from './routes/OrganizationRoute';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <ExploreRoute /> },
      { path: 'articles/:id', element: <ArticleRoute /> },
      { path: 'organizations/:id', element: <OrganizationRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);
