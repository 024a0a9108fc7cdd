import type { Organization, PublishedAt, Theme } from '../../domain/schema';
import { dateSpan } from '../../lib/periods';

/** `spanStart` of an article with no date. */
export const NO_DATE = -1;

/**
 * What filters, facets and the timeline read, one typed array per field in article order: ids are
 * dictionary-coded (an index into `themeIds` / `orgIds`), lists are CSR (`offsets[i]..offsets[i+1]`).
 * A million articles take about 20 MB, against gigabytes as objects.
 */
export interface ExploreColumns {
  count: number;
  /** Taxonomy order, then any id articles use that the taxonomy lacks. */
  themeIds: string[];
  /** Registry order, then any id articles use that the registry lacks. */
  orgIds: string[];
  /** Index of each organization's parent in `orgIds`, or -1. */
  orgParent: Int32Array;
  /** First month (month index) the article's date can mean, or NO_DATE. */
  spanStart: Int32Array;
  /** Months the span adds after its first: 0 for a day or a month, 11 for a year. */
  spanExtra: Uint8Array;
  /** 1 when the date is estimated or inferred rather than confirmed. */
  estimated: Uint8Array;
  themeOffsets: Uint32Array;
  themeValues: Uint16Array;
  /** Organizations each article names, without repeats. */
  orgOffsets: Uint32Array;
  orgValues: Uint16Array;
}

/** The fields of an article the columns are built from; a full Article has them. */
export interface ArticleFacetFields {
  publishedAt: Pick<PublishedAt, 'value' | 'precision' | 'confidence'> | null;
  themes: readonly { id: string }[];
  organizations: readonly { id: string }[];
}

class Dictionary {
  readonly ids: string[] = [];
  private readonly codes = new Map<string, number>();

  constructor(known: readonly string[]) {
    for (const id of known) this.code(id);
  }

  code(id: string): number {
    let code = this.codes.get(id);
    if (code === undefined) {
      code = this.ids.length;
      if (code > 0xffff) throw new Error('more than 65,536 distinct theme or organization ids');
      this.ids.push(id);
      this.codes.set(id, code);
    }
    return code;
  }
}

/** Growable typed array, so a million articles are columnized without an intermediate array of objects. */
class Uint16Builder {
  private data = new Uint16Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint16Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  at(k: number): number {
    return this.data[k]!;
  }

  finish(): Uint16Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * Columnizes `count` articles read one at a time through `articleAt` (an array's element, or a
 * generator's article drawn on demand).
 * e.g. an article dated `2025` (year) → spanStart = month index of Jan 2025, spanExtra = 11.
 */
export function buildExploreColumns(
  themes: readonly Pick<Theme, 'id'>[],
  organizations: readonly Pick<Organization, 'id' | 'parentId'>[],
  count: number,
  articleAt: (index: number) => ArticleFacetFields,
): ExploreColumns {
  const themeDictionary = new Dictionary(themes.map((theme) => theme.id));
  const orgDictionary = new Dictionary(organizations.map((org) => org.id));
  // A parent outside the registry still gets a code: roll-up counts articles under it.
  const orgParent = organizations.map((org) => (org.parentId ? orgDictionary.code(org.parentId) : -1));
  const spanStart = new Int32Array(count);
  const spanExtra = new Uint8Array(count);
  const estimated = new Uint8Array(count);
  const themeOffsets = new Uint32Array(count + 1);
  const orgOffsets = new Uint32Array(count + 1);
  const themeValues = new Uint16Builder();
  const orgValues = new Uint16Builder();

  for (let i = 0; i < count; i++) {
    const article = articleAt(i);
    if (article.publishedAt) {
      const [first, last] = dateSpan(article.publishedAt.value, article.publishedAt.precision);
      spanStart[i] = first;
      spanExtra[i] = last - first;
      estimated[i] = article.publishedAt.confidence === 'confirmed' ? 0 : 1;
    } else {
      spanStart[i] = NO_DATE;
    }
    for (const theme of article.themes) themeValues.push(themeDictionary.code(theme.id));
    themeOffsets[i + 1] = themeValues.length;
    const start = orgValues.length;
    for (const org of article.organizations) {
      const code = orgDictionary.code(org.id);
      let seen = false;
      for (let k = start; k < orgValues.length && !seen; k++) seen = orgValues.at(k) === code;
      if (!seen) orgValues.push(code);
    }
    orgOffsets[i + 1] = orgValues.length;
  }

  const parents = new Int32Array(orgDictionary.ids.length).fill(-1);
  parents.set(orgParent);

  return {
    count,
    themeIds: themeDictionary.ids,
    orgIds: orgDictionary.ids,
    orgParent: parents,
    spanStart,
    spanExtra,
    estimated,
    themeOffsets,
    themeValues: themeValues.finish(),
    orgOffsets,
    orgValues: orgValues.finish(),
  };
}
