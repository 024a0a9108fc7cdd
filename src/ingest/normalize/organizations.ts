import type { ArticleOrganization, Block, Organization } from '../../domain/schema';
import { compareStrings, findLongestMatches, isAcronym, phrasePattern, type Phrase, type PhraseMatch } from './phrase-match';
import { findOrganizationCandidates, type OrganizationCandidate } from './organization-candidates';

export type { OrganizationCandidate } from './organization-candidates';

export interface OrganizationInput {
  title: string;
  blocks: readonly Block[];
  highlights: readonly string[];
  /** Publisher taxonomy slugs; "organization-byd" names the registry entry tagged "byd". */
  tags: readonly string[];
  publisher: string;
}

export interface OrganizationMatches {
  organizations: ArticleOrganization[];
  candidates: OrganizationCandidate[];
}

/** The publisher and the newspapers it cites report the story; they are not actors in it. */
const NOT_ACTORS = new Set<Organization['type']>(['publisher', 'media']);

const TAG_PREFIX = 'organization-';

/**
 * One phrase per name and alias, keyed by organization id. One-word names ("Baogang", "CISA") match
 * case-sensitively; longer names also match in other capitalizations ("China Baowu steel group").
 */
export function organizationPhrases(registry: readonly Organization[]): Phrase[] {
  return registry.flatMap((org) =>
    [org.name, ...org.aliases].map((alias) => ({
      key: org.id,
      pattern: phrasePattern(alias, { caseSensitive: isAcronym(alias) || !/\s/.test(alias.trim()) }),
    })),
  );
}

/** "X (ABBR)": the text defines an abbreviation the registry may not know. */
const PARENTHETICAL = /^\s*\(\s*([^()]{1,60}?)\s*\)/u;
const ABBREVIATION = /^\p{Lu}[\p{L}\p{N}&.-]{1,11}$/u;

/**
 * Abbreviations the article itself defines in parentheses after a registry name, so that
 * later mentions of the abbreviation count for that organization.
 */
function localAbbreviations(segments: readonly string[], phrases: readonly Phrase[]): Phrase[] {
  const local = new Map<string, string>();
  for (const segment of segments) {
    for (const match of findLongestMatches(segment, phrases)) {
      const inner = PARENTHETICAL.exec(segment.slice(match.end))?.[1];
      if (inner === undefined || !ABBREVIATION.test(inner) || (inner.match(/\p{Lu}/gu) ?? []).length < 2) continue;
      const known = findLongestMatches(inner, phrases).some((m) => m.start === 0 && m.end === inner.length);
      if (!known && !local.has(inner)) local.set(inner, match.key);
    }
  }
  return [...local].map(([abbreviation, key]) => ({ key, pattern: phrasePattern(abbreviation, { caseSensitive: true }) }));
}

/** "East China University of Science and Technology (ECUST)" is one mention, not two. */
function isRestatement(segment: string, previous: PhraseMatch | undefined, match: PhraseMatch): boolean {
  return (
    previous !== undefined &&
    previous.key === match.key &&
    /^\s*\(\s*$/.test(segment.slice(previous.end, match.start)) &&
    /^\s*\)/.test(segment.slice(match.end))
  );
}

/**
 * Finds registry organizations by name and alias (longest name first, so "China Baowu Steel Group" is one
 * mention of china-baowu and "Baogang Electric" is not also "Baogang"), adds those the publisher's tags
 * name, and leaves out publishers and media. Organizations the registry lacks are returned as candidates.
 * Sorted by mentions (descending) then id.
 * @example matchOrganizations({ title: '', blocks: [{ kind: 'paragraph', text: 'Baogang’s plant' }],
 *   highlights: [], tags: [], publisher: 'REEx' }, registry).organizations
 *   // [{ id: 'baogang-group', mentions: 1, matched: ['Baogang'], fromPublisherTag: false }]
 */
export function matchOrganizations(input: OrganizationInput, registry: readonly Organization[]): OrganizationMatches {
  // Titles and headings are in title case, where every capitalized run looks like a name: no candidates there.
  const segments = [
    { text: input.title, prose: false },
    ...input.highlights.map((text) => ({ text, prose: true })),
    ...input.blocks.map((block) => ({ text: block.text, prose: block.kind !== 'heading' })),
  ];
  const registryPhrases = organizationPhrases(registry);
  const phrases = [...registryPhrases, ...localAbbreviations(segments.map((segment) => segment.text), registryPhrases)];

  const found = new Map<string, { mentions: number; matched: string[] }>();
  const masked: { text: string; prose: boolean }[] = [];
  for (const { text, prose } of segments) {
    let previous: PhraseMatch | undefined;
    let mask = text;
    for (const match of findLongestMatches(text, phrases)) {
      // Masked names can neither be candidates nor run into one.
      mask = mask.slice(0, match.start) + '#'.repeat(match.end - match.start) + mask.slice(match.end);
      const entry = found.get(match.key) ?? { mentions: 0, matched: [] };
      const written = match.text.replace(/\s+/g, ' ');
      if (!entry.matched.includes(written)) entry.matched.push(written);
      if (!isRestatement(text, previous, match)) entry.mentions += 1;
      previous = match;
      found.set(match.key, entry);
    }
    masked.push({ text: mask, prose });
  }

  const tags = input.tags.filter((tag) => tag.startsWith(TAG_PREFIX)).map((tag) => tag.slice(TAG_PREFIX.length));
  const tagged = new Set(registry.filter((org) => tags.some((tag) => org.tags?.includes(tag) === true)).map((org) => org.id));
  const publisher = input.publisher.trim().toLowerCase();
  const isActor = (org: Organization): boolean =>
    !NOT_ACTORS.has(org.type) && ![org.name, ...org.aliases].some((name) => name.toLowerCase() === publisher);

  const organizations = registry
    .filter((org) => isActor(org) && (found.has(org.id) || tagged.has(org.id)))
    .map((org) => ({
      id: org.id,
      mentions: found.get(org.id)?.mentions ?? 0,
      matched: found.get(org.id)?.matched ?? [],
      fromPublisherTag: tagged.has(org.id),
    }))
    .sort((a, b) => b.mentions - a.mentions || compareStrings(a.id, b.id));

  const unknownTags = tags.filter((tag) => !registry.some((org) => org.tags?.includes(tag) === true));
  return { organizations, candidates: findOrganizationCandidates(masked, input.publisher, unknownTags) };
}
