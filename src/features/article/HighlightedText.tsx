import { Fragment } from 'react';
import type { ArticleHighlighter } from './article-highlighter';
import { splitByRanges } from './build-highlight-ranges';

/** Untrusted text as React text nodes, with <mark>s around theme terms and organization names. */
export function HighlightedText({ text, highlighter }: { text: string; highlighter: ArticleHighlighter }) {
  const segments = splitByRanges(text, highlighter.find(text));
  return (
    <>
      {segments.map((segment, i) =>
        segment.range ? (
          <mark
            key={i}
            className={`article-mark article-mark--${segment.range.kind}`}
            title={highlighter.describe(segment.range)}
            style={{ ['--mark-color' as string]: highlighter.color(segment.range) }}
          >
            {segment.text}
          </mark>
        ) : (
          <Fragment key={i}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}
