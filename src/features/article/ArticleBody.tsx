import type { Block } from '../../domain/schema';
import type { ArticleHighlighter } from './article-highlighter';
import type { ListItemNode } from './group-blocks';
import { groupBlocks } from './group-blocks';
import { HighlightedText } from './HighlightedText';

function ListItems({ items, highlighter }: { items: ListItemNode[]; highlighter: ArticleHighlighter }) {
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i}>
          <HighlightedText text={item.text} highlighter={highlighter} />
          {item.children.length > 0 && <ListItems items={item.children} highlighter={highlighter} />}
        </li>
      ))}
    </ul>
  );
}

/** The cleaned full text, marks included. */
export function ArticleBody({ blocks, highlighter }: { blocks: readonly Block[]; highlighter: ArticleHighlighter }) {
  return (
    <section className="article-body" aria-labelledby="article-body-title">
      <h2 id="article-body-title" className="article-section-title">
        Full text
      </h2>
      <p className="article-legend">
        Marked: <span className="article-mark article-mark--theme">theme words</span> (underlined in the theme's colour) and{' '}
        <span className="article-mark article-mark--organization">organization names</span>.
      </p>
      {groupBlocks(blocks).map((node, i) => {
        if (node.kind === 'list') return <ListItems key={i} items={node.items} highlighter={highlighter} />;
        const Tag = node.kind === 'heading' ? 'h3' : 'p';
        return (
          <Tag key={i}>
            <HighlightedText text={node.text} highlighter={highlighter} />
          </Tag>
        );
      })}
    </section>
  );
}
