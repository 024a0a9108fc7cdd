import type { Article, Organization, OrganizationType } from '../../domain/schema';
import { OrganizationTypeSchema } from '../../domain/schema';
import { compareStrings } from '../normalize/phrase-match';

/** A discovered organization as a reviewer sees it: what it is guessed to be, where, and the sentences that show it. */
export interface DiscoveredSummary {
  org: Organization;
  articles: number;
  mentions: number;
  examples: string[];
}

/** Discovered organizations of a dataset, most articles first, with up to two example sentences each. */
export function listDiscovered(organizations: readonly Organization[], articles: readonly Article[]): DiscoveredSummary[] {
  const summaries = new Map<string, DiscoveredSummary>();
  for (const org of organizations) if (org.discovered) summaries.set(org.id, { org, articles: 0, mentions: 0, examples: [] });
  for (const article of articles) {
    for (const entry of article.organizations) {
      const summary = summaries.get(entry.id);
      if (!summary) continue;
      summary.articles += 1;
      summary.mentions += entry.mentions;
      for (const sentence of entry.evidence ?? []) if (summary.examples.length < 2 && !summary.examples.includes(sentence)) summary.examples.push(sentence);
    }
  }
  return [...summaries.values()].sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || compareStrings(a.org.id, b.org.id));
}

export interface AcceptOptions {
  type: string;
  name?: string;
  country?: string;
  parentId?: string;
  aliases?: string[];
}

/**
 * The knowledge-base entry a reviewer accepts for a discovered organization: its id, its name (or the
 * one given), every variant the articles wrote plus the given aliases, and the type, country and parent
 * the reviewer states. Throws a readable message for a type the base does not have.
 */
export function acceptedEntry(found: Organization, options: AcceptOptions): Organization {
  const type = OrganizationTypeSchema.options.find((option) => option === options.type);
  if (!type) throw new Error(`unknown type "${options.type}": use one of ${OrganizationTypeSchema.options.join(', ')}`);
  if (options.country !== undefined && !/^[A-Z]{2}$/.test(options.country)) throw new Error(`country "${options.country}" is not an ISO 3166 alpha-2 code such as CN or SE`);
  const name = options.name ?? found.name;
  const aliases = [...new Set([found.name, ...found.aliases, ...(options.aliases ?? [])])].filter((alias) => alias !== name).sort(compareStrings);
  const parentId = options.parentId ?? found.parentId;
  return {
    id: found.id,
    name,
    type: type as OrganizationType,
    ...(options.country ? { country: options.country } : {}),
    ...(parentId ? { parentId } : {}),
    aliases,
    source: 'reviewed',
  };
}

/** The reviewed file with one entry added or replaced, sorted by id so the same decisions give the same file. */
export function withEntry(entries: readonly Organization[], entry: Organization): Organization[] {
  return [...entries.filter((other) => other.id !== entry.id), entry].sort((a, b) => compareStrings(a.id, b.id));
}

/** The stop list with a rejected organization's names added, sorted and without repeats. */
export function withRejected(names: readonly string[], found: Organization): string[] {
  return [...new Set([...names, found.name, ...found.aliases])].sort(compareStrings);
}
