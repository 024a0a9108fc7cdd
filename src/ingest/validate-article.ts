import * as v from 'valibot';
import type { Article } from '../domain/schema';
import { ArticleSchema } from '../domain/schema';

export interface ValidatedArticle {
  /** The article with every failing part dropped, or null when what fails is the article itself. */
  article: Article | null;
  /** One line per part dropped, naming it and its value; or why the article was refused. */
  messages: string[];
}

/** Lists whose entries can go one by one, and what an entry is called in a message. */
const LISTS = { events: 'event', figures: 'figure', people: 'person', places: 'place', themes: 'theme', organizations: 'organization', body: 'block' } as const;
/** Single fields an article stands without: the date becomes unknown, the link absent. */
const OPTIONAL_FIELDS = { publishedAt: null, modifiedAt: undefined, url: null } as const;

const shown = (value: unknown) => JSON.stringify(value)?.slice(0, 80) ?? String(value);

/**
 * Checks one article on its own, so one odd value costs that value, never the run. A failing event,
 * figure, person, place, theme, organization or block is dropped; a failing publication date becomes
 * unknown, a failing link absent; each with a message naming the part, its value and the rule it broke.
 * What still fails (an id, a title) refuses the article, with the reason.
 * @example validateArticle({ ...article, events: [{ …, date: { value: '172-10-10', … } }] })
 *   // { article: { …, events: [] }, messages: ['dropped event 1 ("Call us"): date.value "172-10-10" must be YYYY, YYYY-MM or YYYY-MM-DD'] }
 */
export function validateArticle(candidate: Article): ValidatedArticle {
  let article: Article = candidate;
  const messages: string[] = [];
  for (;;) {
    const result = v.safeParse(ArticleSchema, article);
    if (result.success) return { article: result.output, messages };
    const issue = result.issues[0]!;
    const path = (issue.path ?? []).map((item) => item.key as string | number);
    const [field, index, ...rest] = path;
    const where = rest.length > 0 ? `${rest.join('.')} ` : '';
    const part = path.slice(1).join('.');
    if (typeof field === 'string' && field in LISTS && typeof index === 'number') {
      const list = article[field as keyof typeof LISTS] as unknown[];
      const entry = list[index] as { label?: string; text?: string; name?: string; id?: string } | undefined;
      const name = entry?.label ?? entry?.text ?? entry?.name ?? entry?.id ?? '';
      messages.push(`dropped ${LISTS[field as keyof typeof LISTS]} ${index + 1}${name ? ` ("${name.slice(0, 60)}")` : ''}: ${where}${shown(issue.input)} ${issue.message}`);
      article = { ...article, [field]: list.filter((_, i) => i !== index) };
    } else if (typeof field === 'string' && field in OPTIONAL_FIELDS) {
      messages.push(`dropped ${field}${part ? `.${part}` : ''}: ${shown(issue.input)} ${issue.message}`);
      const replacement = OPTIONAL_FIELDS[field as keyof typeof OPTIONAL_FIELDS];
      const { [field as keyof Article]: _dropped, ...others } = article;
      article = (replacement === undefined ? others : { ...others, [field]: replacement }) as Article;
    } else {
      return { article: null, messages: [`${path.join('.') || 'article'} ${shown(issue.input)}: ${issue.message}`] };
    }
  }
}
