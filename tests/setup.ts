import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom has no layout: recharts' ResponsiveContainer only needs the observer to exist.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// findBy*/waitFor poll for a state and return as soon as it appears; the limit only decides how long
// a broken page is waited on. On a loaded 2-core machine a route's first render (lazy chunks, the
// dataset parsed, a worker's answer) took up to ten times its idle time, past the 1 s default.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => cleanup());
