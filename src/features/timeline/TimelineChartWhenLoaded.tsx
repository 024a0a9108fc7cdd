import type { ComponentType } from 'react';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { TimelineChartProps } from './TimelineChart';

/** The chart, once its chunk has arrived: one component for the page's life. */
let Chart: ComponentType<TimelineChartProps> | null = null;
let loading: Promise<unknown> | null = null;
const listeners = new Set<() => void>();

/**
 * Requests the chart's chunk (recharts) once; after a failure the next call requests it again. The
 * Explore page asks for it as soon as the dataset is open, so it downloads and parses while the worker
 * counts the first view rather than while the worker starts: on two cores, parsing recharts beside the
 * worker's start delayed the first cards.
 */
export function loadTimelineChart(): Promise<unknown> {
  loading ??= import('./TimelineChart').then(
    (module) => {
      Chart = module.default;
      listeners.forEach((listener) => listener());
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const isLoaded = () => Chart !== null;

/**
 * The timeline chart once its chunk has arrived, a placeholder until then. Not React.lazy: a lazy
 * component under Suspense is revealed no sooner than 300 ms after its fallback (React's retry
 * throttle), even when the chunk came long before. A failed download is thrown to the timeline's error
 * boundary, whose "Try again" mounts this anew and so requests the chunk again.
 */
export function TimelineChartWhenLoaded(props: TimelineChartProps) {
  const loaded = useSyncExternalStore(subscribe, isLoaded, isLoaded);
  const [failure, setFailure] = useState<Error | null>(null);
  useEffect(() => {
    if (!loaded) loadTimelineChart().catch((error: unknown) => setFailure(error instanceof Error ? error : new Error(String(error))));
  }, [loaded]);
  if (failure) throw failure;
  return loaded && Chart ? <Chart {...props} /> : <div className="timeline-chart timeline-chart--loading">Drawing the chart…</div>;
}
