import type { ArticleHighlighter } from './article-highlighter';
import { ExternalLink } from './ExternalLink';
import { HighlightedText } from './HighlightedText';
import { textFragmentUrl } from './text-fragment';

/** A sentence quoted from the article, with a link that scrolls the source page to it where browsers can. */
export function CitedSentence({ sentence, url, highlighter }: { sentence: string; url: string | null; highlighter: ArticleHighlighter }) {
  if (sentence.trim() === '') return null;
  return (
    <div className="article-cited">
      <blockquote className="article-cited__text">
        <HighlightedText text={sentence} highlighter={highlighter} />
      </blockquote>
      <ExternalLink className="article-cited__link" href={textFragmentUrl(url, sentence)}>
        Find in source
      </ExternalLink>
    </div>
  );
}
