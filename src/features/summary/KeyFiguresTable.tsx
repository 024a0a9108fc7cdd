import { Link } from 'react-router-dom';
import type { Organization } from '../../domain/schema';
import type { SummaryFigure, SummaryFigures } from '../../engine/summary-model';

/** Who a figure's sentence names as stating it, how sure that is, or that nobody is named. */
function claimantName(claimant: SummaryFigure['claimant'], organizations: ReadonlyMap<string, Organization>): string {
  if (!claimant) return 'Not stated';
  const name = organizations.get(claimant.id)?.name ?? claimant.id;
  return claimant.from === 'sentence' ? name : `${name} (sentence before)`;
}

/** The quantities the matching articles report: value, what it measures, who claims it, where. */
export function KeyFiguresTable({ figures, organizations, search }: { figures: SummaryFigures; organizations: ReadonlyMap<string, Organization>; search: string }) {
  if (figures.count === 0) return <p className="muted">No quantities are reported in the matching articles.</p>;
  const more = figures.count - figures.rows.length;
  const columns = ['Figure', 'What it measures', 'Who states it', 'Article'];
  return (
    <div>
      {/* Stacked into labelled rows on a phone (each cell names its column), clamped to two lines in print. */}
      <table className="data-table data-table--stacked">
        <caption className="visually-hidden">Key figures from the matching articles</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {figures.rows.map(({ text, measure, article, claimant }) => (
            <tr key={`${article.id}-${text}-${measure}`}>
              <td className="data-table__figure" data-label={columns[0]}>
                <span className="data-table__clamp">{text}</span>
              </td>
              <td data-label={columns[1]}>
                <span className="data-table__clamp">{measure}</span>
              </td>
              <td data-label={columns[2]}>
                <span className="data-table__clamp">{claimantName(claimant, organizations)}</span>
              </td>
              <td data-label={columns[3]}>
                <Link className="data-table__clamp" to={{ pathname: `/articles/${article.id}`, search }}>
                  {article.title}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* The exports list articles, not figures: the rest are on the article pages. */}
      {more > 0 && <p className="muted">{more.toLocaleString('en')} more on the matching articles’ pages.</p>}
    </div>
  );
}
