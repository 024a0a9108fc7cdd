import * as v from 'valibot';
import type { Block, Organization, Place } from '../../domain/schema';
import { organizationPhrases } from './registry-phrases';
import { compareStrings, findLongestMatches, isAcronym, makePhrase, type Phrase } from './phrase-match';
import { memoizeWeak } from '../../lib/memo';

/** data/places.json: the places worth recognizing, with the publisher's region slug where it has one. */
export const GazetteerSchema = v.array(
  v.object({
    name: v.pipe(v.string(), v.minLength(1)),
    aliases: v.array(v.string()),
    /** The publisher's WordPress region slug ("regions-china"). */
    tag: v.nullable(v.string()),
  }),
);
export type Gazetteer = v.InferOutput<typeof GazetteerSchema>;
export type GazetteerEntry = Gazetteer[number];

export interface PlaceInput {
  title: string;
  blocks: readonly Block[];
  highlights: readonly string[];
  tags: readonly string[];
}

const ORGANIZATION_KEY = '\u0000organization';

/** Every name and alias of the gazetteer, built once per gazetteer. */
const placePhrases = memoizeWeak((gazetteer: readonly GazetteerEntry[]): Phrase[] =>
  gazetteer.flatMap((place) =>
    [place.name, ...place.aliases].map((alias) => makePhrase(place.name, alias, { caseSensitive: isAcronym(alias) || !/\s/.test(alias.trim()) })),
  ),
);

/** Organization names under one key: they only mask the place names inside them. */
const organizationsAsPlaces = memoizeWeak((registry: readonly Organization[]): Phrase[] =>
  organizationPhrases(registry).map((phrase) => ({ ...phrase, key: ORGANIZATION_KEY })),
);

/**
 * Places the text names, counted once per mention, plus places the publisher's region tags name
 * (mentions 0 when the text never does). Organization names are matched too, so the "China" in "China
 * Baowu" or the "Baotou" in "Baotou Steel" is not a place mention. Sorted by mentions (descending) then name.
 * @example extractPlaces({ title: 'Steel in Baotou', blocks: [], highlights: [], tags: ['regions-china'] }, gazetteer)
 *   // [{ name: 'Baotou', mentions: 1, fromPublisherTag: false }, { name: 'China', mentions: 0, fromPublisherTag: true }]
 */
export function extractPlaces(
  input: PlaceInput,
  gazetteer: readonly GazetteerEntry[],
  registry: readonly Organization[] = [],
): Place[] {
  const phrases = placePhrases(gazetteer);
  const mentions = new Map<string, number>();
  for (const text of [input.title, ...input.highlights, ...input.blocks.map((block) => block.text)]) {
    for (const match of findLongestMatches(text, phrases, organizationsAsPlaces(registry))) {
      if (match.key !== ORGANIZATION_KEY) mentions.set(match.key, (mentions.get(match.key) ?? 0) + 1);
    }
  }
  return gazetteer
    .filter((place) => mentions.has(place.name) || (place.tag !== null && input.tags.includes(place.tag)))
    .map((place) => ({
      name: place.name,
      mentions: mentions.get(place.name) ?? 0,
      fromPublisherTag: place.tag !== null && input.tags.includes(place.tag),
    }))
    .sort((a, b) => b.mentions - a.mentions || compareStrings(a.name, b.name));
}
