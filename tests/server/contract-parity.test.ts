import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExploreAnswer } from '../../src/engine/contract';
import type { ExploreRequest } from '../../src/engine/columnar/explore-service';
import type { ExploreService } from '../../src/engine/columnar/explore-service';
import type { TimelinePeriods } from '../../src/engine/columnar/gather-events';
import { NO_LIMITS } from '../../src/engine/columnar/organization-profile';
import { EMPTY_FILTERS } from '../../src/engine/filters';
import type { Granularity } from '../../src/lib/periods';
import { periodLabel } from '../../src/lib/periods';
import { createDatabaseContract } from '../../src/server/db/database-contract';
import { loadDataset } from '../../src/server/db/load-dataset';
import { Random } from '../../src/synthetic/prng';
import { readDatasetFolder, SHIPPED_DATASET, writeDatasetFolder } from '../fixtures/dataset-folder';
import { openWorkerService, randomFilters, writeAwkwardFolder, writeSyntheticFolder } from './explore-fixtures';
import type { TestDatabase } from './test-database';
import { createTestDatabase } from './test-database';

/** The timeline's periods at a granularity over the dataset's months, as the page draws them. */
function timelinePeriods(granularity: Granularity, range: [number, number] | null): TimelinePeriods {
  const size = { month: 1, quarter: 3, year: 12 }[granularity];
  const periods: TimelinePeriods['periods'] = [];
  if (range) for (let start = range[0] - (range[0] % size); start <= range[1]; start += size) periods.push({ start, label: periodLabel(start, granularity) });
  return { granularity, periods };
}

/** What both sides must agree on; search readiness and matched terms are the worker's own (see below). */
const comparable = ({ total, page, cards, themeCounts, orgCounts, timeline }: ExploreAnswer) => ({ total, page, cards, themeCounts, orgCounts, timeline });

describe('the contract answered from PostgreSQL equals the worker engine', () => {
  let db: TestDatabase;
  let root: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    root = await db.scratch();
  });
  afterAll(() => db?.drop());

  // Writing and loading 10,000 synthetic articles and asking 150 views of each side: tens of seconds, minutes on a busy machine.
  it('open, select, events, summary, organization profiles and exports, on random views of the shipped, a synthetic and awkward datasets', { timeout: 600_000 }, async () => {
    const client = await db.connect();
    // The last figure: articles an organization needs for its views to be rolled up, so each dataset
    // has organizations of both kinds (the loader's own threshold would leave them all live).
    const datasets = [
      ['shipped', (dir: string) => writeDatasetFolder(dir, readDatasetFolder(SHIPPED_DATASET)), 30, 21, 2],
      ['synthetic', (dir: string) => writeSyntheticFolder(dir, 10_000, 22), 60, 22, 300],
      ['awkward', (dir: string) => writeAwkwardFolder(dir, 150, 23), 60, 23, 40],
    ] as const;
    for (const [name, write, rounds, seed, organizationRollupMin] of datasets) {
      const dir = join(root, name);
      await write(dir);
      await loadDataset(client, dir, { organizationRollupMin });
      const rolledUp = new Set((await client.query<{ id: string }>('SELECT organization_id AS id FROM rollup_org_views')).rows.map((row) => row.id));
      const organizationViews = { rolledUp: 0, live: 0, rolledUpProfiles: 0 };
      const service = await openWorkerService(dir);
      const { themeIds, orgIds } = service.summary();
      const contract = createDatabaseContract(db.pool);
      // What opening the dataset tells the page: envelope, size, dictionaries, months.
      expect(await contract.index(), name).toEqual(service.summary());
      // Rolled up: the organizations that many articles name, with roll-up, and no other.
      expect(rolledUp, name).toEqual(new Set(orgIds.filter((id) => service.count({ ...EMPTY_FILTERS, orgs: [id] }) >= organizationRollupMin)));
      const random = new Random(seed);
      let withCards = 0;
      let markedEvents = 0;
      let fullSummaries = 0;
      let fullProfiles = 0;
      let linkedProfiles = 0;
      for (let round = 0; round < rounds; round += 1) {
        const onCards = service.index.card(random.int(0, service.index.header.count - 1)).organizations.map((org) => org.id);
        // Half the time a view of the commonest kind: one theme or none, of all articles or of an organization an article names.
        const organizationView = onCards.length > 0 && random.chance(0.5);
        const filters = random.chance(0.5)
          ? randomFilters(random, themeIds, orgIds)
          : { ...EMPTY_FILTERS, themes: random.chance(0.5) ? [random.pick(themeIds)] : [], orgs: organizationView ? [random.pick(onCards)] : [], rollup: random.chance(0.5) };
        if (filters.orgs.length === 1) organizationViews[rolledUp.has(filters.orgs[0]!) ? 'rolledUp' : 'live'] += 1;
        // The first page, a later one, or one past the last (a link made when there were more results).
        const offset = random.pick([0, 0, 20, 40, 1_000_000]);
        const request: ExploreRequest = { filters, sort: 'date', offset, limit: random.pick([0, 20, 50]) };
        const expected = comparable(service.select(request));
        expect(comparable(await contract.select(request)), `${name} ${JSON.stringify(request)}`).toEqual(expected);
        if (expected.cards.length > 0) withCards += 1;
        // The events the timeline marks for the view, on periods of each granularity over the dataset's span.
        const events = { filters, ...timelinePeriods(random.pick(['month', 'quarter', 'year'] as const), service.summary().monthRange), perPeriod: random.pick([1, 3, 100]) };
        const expectedEvents = service.events(events);
        expect(await contract.events(events), `${name} events ${JSON.stringify(events)}`).toEqual(expectedEvents);
        markedEvents += expectedEvents.markers.markers.length;
        // The summary page's model of the view: KPIs, themes, trend, organizations, grid, figures, newest.
        const summary = service.summaryModel({ filters });
        expect(await contract.summary({ filters }), `${name} summary ${JSON.stringify(filters)}`).toEqual(summary);
        if (summary.volume?.status === 'ok' && summary.organizations.length > 0 && summary.figures.rows.length > 0) fullSummaries += 1;
        // An organization's page, with and without roll-up, listing everything or the first few.
        // Mostly one an article names, as a page is reached from its card; else any id, known or not.
        const organizationId = onCards.length > 0 && random.chance(0.7) ? random.pick(onCards) : random.pick([...orgIds, 'never-heard-of']);
        const organization = { organizationId, rollup: random.chance(0.5), limits: random.pick([NO_LIMITS, { articles: 5, coMentions: 3, people: 2, personArticles: 1 }]) };
        const profile = service.organization(organization);
        expect(await contract.organization(organization), `${name} organization ${JSON.stringify(organization)}`).toEqual(profile);
        if ((profile?.total ?? 0) > 0) fullProfiles += 1;
        if (rolledUp.has(organizationId)) organizationViews.rolledUpProfiles += 1;
        // Every result as an export file, now and then (a whole view each time).
        if (round % 5 === 0) {
          const exported = { filters, sort: 'date' as const, format: random.pick(['csv', 'json'] as const), query: 'themes=x', labels: ['a label'], exportedAt: '2026-12-05T10:00:00.000Z' };
          expect(await contract.exportFile(exported), `${name} export ${JSON.stringify(exported)}`).toBe(service.exportFile(exported));
        }
        if ((profile?.people.length ?? 0) > 0 && (profile?.coMentions.length ?? 0) > 0) linkedProfiles += 1;
      }
      // Some views mark events, so the markers were compared, not only their absence (awkward articles report none).
      if (name !== 'awkward') expect(markedEvents, name).toBeGreaterThan(0);
      // Summaries with every part filled were compared (the synthetic corpus is large enough for a volume KPI).
      if (name === 'synthetic') expect(fullSummaries, name).toBeGreaterThan(5);
      // Profiles with articles were compared, not only empty ones or unknown ids.
      expect(fullProfiles, name).toBeGreaterThan(rounds / 3);
      // Synthetic articles tie people to organizations: their lists were compared too.
      if (name === 'synthetic') expect(linkedProfiles, name).toBeGreaterThan(5);
      // Views of one organization were compared both from its roll-up and counted live.
      expect(organizationViews.rolledUp, name).toBeGreaterThan(2);
      expect(organizationViews.live, name).toBeGreaterThan(2);
      expect(organizationViews.rolledUpProfiles, name).toBeGreaterThan(2);
      // The views must not be so narrow that both sides agree on empty pages only.
      expect(withCards, name).toBeGreaterThan(rounds / 3);
    }
  });
});

describe('a view with a query, from PostgreSQL', () => {
  let db: TestDatabase;
  let service: ExploreService;
  const contract = () => createDatabaseContract(db.pool);

  // Writing and loading 800 synthetic articles with their text: seconds, more on a busy machine.
  beforeAll(async () => {
    db = await createTestDatabase();
    const dir = join(await db.scratch(), 'dataset');
    await writeSyntheticFolder(dir, 800, 24);
    await loadDataset(await db.connect(), dir);
    service = await openWorkerService(dir);
  }, 180_000);
  afterAll(() => db?.drop());

  it('matches what the worker matches for short words, and marks the words of its cards the query begins', async () => {
    const request: ExploreRequest = { filters: { ...EMPTY_FILTERS, q: 'steel pla' }, sort: 'date', offset: 0, limit: 20 };
    const answer = await contract().select(request);
    const worker = service.select(request);
    expect(comparable(answer)).toEqual(comparable(worker));
    expect(answer.total).toBeGreaterThan(0);
    expect(answer.terms).toContain('steel');
    expect(answer.terms.length).toBeGreaterThan(1);
    expect(answer.terms.every((term) => term.startsWith('steel') || term.startsWith('pla'))).toBe(true);
  });

  it('ranks by relevance, title words first, and steps through the results in that same order', async () => {
    const filters = { ...EMPTY_FILTERS, q: 'hydrogen' };
    const ranked = await contract().select({ filters, sort: 'relevance', offset: 0, limit: 50 });
    const byDate = await contract().select({ filters, sort: 'date', offset: 0, limit: 50 });
    expect(ranked.total).toBe(byDate.total);
    expect(ranked.total).toBeGreaterThan(50);
    expect(ranked.page).not.toEqual(byDate.page);
    // Weight A for titles: the best ranked name the word in their titles more often than the newest do.
    const inTitles = (cards: ExploreAnswer['cards']) => cards.slice(0, 20).filter((card) => /hydrogen/i.test(card.title)).length;
    expect(/hydrogen/i.test(ranked.cards[0]!.title)).toBe(true);
    expect(inTitles(ranked.cards)).toBeGreaterThan(inTitles(byDate.cards));
    const [first, second, third] = ranked.cards;
    const steps = await contract().steps({ articleId: second!.id, filters, sort: 'relevance' });
    expect(steps).toEqual({ position: 2, total: ranked.total, previous: { id: first!.id, title: first!.title }, next: { id: third!.id, title: third!.title } });
  });
});
