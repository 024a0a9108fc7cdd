import type { Block } from '../../../src/domain/schema';
import { matchOrganizations } from '../../../src/ingest/normalize/organizations';
import { registry } from './curated-data';

/** The matcher on one paragraph (or the given blocks), against the curated knowledge base. */
export const match = (text: string, extra: { tags?: string[]; blocks?: Block[]; publisher?: string } = {}) =>
  matchOrganizations(
    { title: '', highlights: [], blocks: extra.blocks ?? [{ kind: 'paragraph', text }], tags: extra.tags ?? [], publisher: extra.publisher ?? 'Rare Earth Exchanges' },
    registry,
  );

/** Knowledge-base organizations found, with their mentions. */
export const counts = (text: string) => match(text).organizations.map((org) => [org.id, org.mentions]);

/** Discovered names, with what each test checks of them. */
export const discovered = (text: string, extra: { blocks?: Block[] } = {}) =>
  match(text, extra).discovered.map(({ forms, type, rule, mentions, parentId, abbreviations }) => ({ forms, type, rule, mentions, ...(parentId ? { parentId } : {}), ...(abbreviations.length ? { abbreviations } : {}) }));
