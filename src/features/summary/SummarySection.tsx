import type { ReactNode } from 'react';
import { useId } from 'react';
import { ChartFrame } from '../../components/charts/ChartFrame';
import type { ChartLegendItem } from '../../lib/chart-export';
import type { Dataset } from '../../domain/schema';

interface SummarySectionProps {
  title: string;
  /** Spans both columns. */
  wide?: boolean;
  className?: string;
  /** For a chart: what the exported PNG/SVG writes under its title, and the dataset it cites. */
  chart?: { subtitle: string; dataset: Pick<Dataset, 'datasetVersion' | 'generatedAt'>; legend?: readonly ChartLegendItem[] };
  children: ReactNode;
}

/** A titled panel of the summary grid; a chart panel gets PNG and SVG downloads. */
export function SummarySection({ title, wide = false, className = '', chart, children }: SummarySectionProps) {
  const id = useId();
  return (
    <section className={`summary-card${wide ? ' summary-card--wide' : ''} ${className}`.trim()} aria-labelledby={id}>
      <h2 id={id} className="summary-card__title">
        {title}
      </h2>
      {chart ? (
        <ChartFrame title={title} subtitle={chart.subtitle} dataset={chart.dataset} legend={chart.legend} exportable>
          {children}
        </ChartFrame>
      ) : (
        children
      )}
    </section>
  );
}
