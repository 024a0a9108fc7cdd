import { Link } from 'react-router-dom';
import type { Article, Figure, Organization } from '../../domain/schema';

export interface KeyFigureRow {
  figure: Figure;
  article: Article;
  /** The organization named in the figure's sentence, else the article's most-mentioned one. */
  claimant: Organization | undefined;
}

const MAX_ROWS = 12;

/** The quantities the matching articles report: value, what it measures, who claims it, where. */
export function KeyFiguresTable({ rows, search }: { rows: KeyFigureRow[]; search: string }) {
  if (rows.length === 0) return <p className="muted">No quantities are reported in the matching articles.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">Key figures from the matching articles</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">What it measures</th>
            <th scope="col">Who claims it</th>
            <th scope="col">Article</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, MAX_ROWS).map(({ figure, article, claimant }) => (
            <tr key={`${article.id}-${figure.text}-${figure.measure}`}>
              <td className="data-table__figure">{figure.text}</td>
              <td>{figure.measure}</td>
              <td>{claimant?.name ?? article.publisher}</td>
              <td>
                <Link to={{ pathname: `/articles/${article.id}`, search }}>{article.title}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > MAX_ROWS && <p className="muted">{rows.length - MAX_ROWS} more in the exports.</p>}
    </div>
  );
}
