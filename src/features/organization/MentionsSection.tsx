import type { MentionsOverTime } from './build-organization-profile';
import { MentionsChart } from './MentionsChart';

/** Mentioning articles over time, as a chart and as the same numbers in a table. */
export function MentionsSection({ mentions, name }: { mentions: MentionsOverTime; name: string }) {
  const { granularity, periods, yearOnly, undated } = mentions;
  const notes = [
    yearOnly > 0 && `${yearOnly} more dated only to the year`,
    undated > 0 && `${undated} undated`,
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
          <MentionsChart periods={periods} label={`Articles naming ${name} per ${granularity}`} />
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
