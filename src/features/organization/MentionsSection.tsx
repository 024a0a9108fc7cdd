import { ChartFrame } from '../../components/charts/ChartFrame';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import type { Dataset } from '../../domain/schema';
import type { MentionsOverTime } from '../../engine/contract';
import { MENTION_COLOR, MentionsChart } from './MentionsChart';

interface MentionsSectionProps {
  mentions: MentionsOverTime;
  name: string;
  dataset: Pick<Dataset, 'datasetVersion' | 'generatedAt'>;
  /** Which articles are counted, in words, drawn under an exported chart's title. */
  scope: string;
}

const EXPORT_LEGEND = [
  { label: 'Confirmed date', color: MENTION_COLOR },
  { label: 'Estimated date', color: MENTION_COLOR, hatched: true },
];

/** Mentioning articles over time, as a chart and as the same numbers in a table. */
export function MentionsSection({ mentions, name, dataset, scope }: MentionsSectionProps) {
  const { granularity, periods, yearOnly, undated } = mentions;
  const notes = [
    yearOnly > 0 && `${yearOnly.toLocaleString('en-US')} more dated only to the year`,
    undated > 0 && `${undated.toLocaleString('en-US')} undated`,
  ].filter((note): note is string => typeof note === 'string');
  return (
    <section className="org-section" aria-labelledby="org-mentions-title">
      <h2 id="org-mentions-title" className="org-section-title">
        Articles over time
      </h2>
      {granularity === null ? (
        <p className="org-muted">No article naming it has a date.</p>
      ) : (
        <>
          <p className="org-muted">Articles naming {name}, per {granularity}.</p>
          <ChartFrame title={`Articles naming ${name} per ${granularity}`} subtitle={scope} dataset={dataset} legend={EXPORT_LEGEND} exportable>
            <ErrorBoundary label="The chart" resetKeys={[periods]}>
              <MentionsChart periods={periods} label={`Articles naming ${name} per ${granularity}`} />
            </ErrorBoundary>
          </ChartFrame>
          <details className="org-details">
            <summary>Show as a table</summary>
            <table className="org-table">
              <caption className="org-muted">Articles per {granularity}</caption>
              <thead>
                <tr>
                  <th scope="col">Period</th>
                  <th scope="col">Confirmed date</th>
                  <th scope="col">Estimated date</th>
                </tr>
              </thead>
              <tbody>
                {periods.map((period) => (
                  <tr key={period.start}>
                    <th scope="row">{period.label}</th>
                    <td>{period.confirmed}</td>
                    <td>{period.estimated}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
      {notes.length > 0 && <p className="org-note">Not on the chart: {notes.join('; ')}.</p>}
    </section>
  );
}
