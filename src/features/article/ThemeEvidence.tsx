import type { Article, Theme } from '../../domain/schema';
import type { ArticleHighlighter } from './article-highlighter';
import { CitedSentence } from './CitedSentence';

const percent = (share: number) => `${Math.round(share * 100)}%`;

interface ThemeEvidenceProps {
  article: Article;
  themesById: ReadonlyMap<string, Theme>;
  threshold: number;
  highlighter: ArticleHighlighter;
}

/** Why each theme was assigned: the model's probability, and the article's strongest words for it, how often and where they occur. */
export function ThemeEvidence({ article, themesById, threshold, highlighter }: ThemeEvidenceProps) {
  return (
    <section className="article-section" aria-labelledby="article-evidence-title">
      <h2 id="article-evidence-title" className="article-section-title">
        Why these themes
      </h2>
      <p className="article-muted">
        Themes are assigned by a model trained on hand-labelled news articles: each word of the article, and each pair of words
        it writes side by side, weighs for or against each theme, the headline's twice, and a theme is assigned from a
        probability of {percent(threshold)}, where the article also names the words the theme requires (a magnet and a motor
        for magnet motors, hydrogen and steel or iron for hydrogen metallurgy). Listed under each theme are the words of the
        article that weigh most for it.
      </p>
      {article.themes.length === 0 && <p>No theme reached that probability with the words it requires.</p>}
      {article.themes.map(({ id, score, evidence }) => {
        const theme = themesById.get(id);
        const label = theme?.label ?? id;
        return (
          <section key={id} className="article-evidence" style={{ ['--theme-color' as string]: theme?.color }} aria-labelledby={`evidence-${id}`}>
            <h3 id={`evidence-${id}`} className="article-evidence__title">
              Why this article is tagged “{label}”
            </h3>
            <p className="article-muted">Probability {percent(score)}</p>
            <ul className="article-evidence__terms">
              {evidence.map(({ term, count, sentence }) => (
                <li key={term}>
                  <span className="article-evidence__term">{term}</span>{' '}
                  <span className="article-muted">
                    × {count} {count === 1 ? 'time' : 'times'}
                  </span>
                  <CitedSentence sentence={sentence} url={article.url} highlighter={highlighter} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
