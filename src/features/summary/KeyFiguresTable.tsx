import { Link } from 'react-router-dom';
import type { Organization } from '../../domain/schema';
import type { SummaryFigures } from '../../engine/summary-model';

/** The quantities the matching articles report: value, what it measures, who claims it, where. */
export function KeyFiguresTable({ figures, organizations, search }: { figures: SummaryFigures; organizations: ReadonlyMap<string, Organization>; search: string }) {
  const fromIndex = figures.source === 'index';
  if (figures.count === 0) {
    return <p className="muted">{fromIndex ? 'No quantities are reported in the first three figures of the matching articles.' : 'No quantities are reported in the matching articles.'}</p>;
  }
  const more = figures.count - figures.rows.length;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">Key figures from the matching articles</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">What it measures</th>
            <th scope="col">{fromIndex ? 'Article’s main organization' : 'Who claims it'}</th>
            <th scope="col">Article</th>
          </tr>
        </thead>
        <tbody>
          {figures.rows.map(({ text, measure, article, claimantId }) => (
            <tr key={`${article.id}-${text}-${measure}`}>
              <td className="data-table__figure">{text}</td>
              <td>{measure}</td>
              <td>{(claimantId && organizations.get(claimantId)?.name) ?? article.publisher}</td>
              <td>
                <Link to={{ pathname: `/articles/${article.id}`, search }}>{article.title}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {fromIndex ? (
        <p className="muted">
          Up to three figures per article{more > 0 ? ` (${more} more not listed)` : ''}; the article page has all of them. This dataset’s index keeps no
          figure sentences, so the organization shown is the one the article names most, not necessarily who states the figure.
        </p>
      ) : (
        more > 0 && <p className="muted">{more} more in the exports.</p>
      )}
    </div>
  );
}
