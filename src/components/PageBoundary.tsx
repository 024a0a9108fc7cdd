import type { ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { ErrorBoundary } from './ErrorBoundary';

/** A page's error boundary: opening another address gives the page a fresh try. */
export function PageBoundary({ children }: { children: ReactNode }) {
  const { pathname, search } = useLocation();
  return (
    <ErrorBoundary label="This page" resetKeys={[pathname, search]}>
      {children}
    </ErrorBoundary>
  );
}
