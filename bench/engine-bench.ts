import type { Organization, Taxonomy } from '../src/domain/schema';
import { ColumnarEngine } from '../src/engine/columnar/columnar-engine';
import type { SearchHits } from '../src/engine/columnar/columnar-engine';
import { buildExploreColumns } from '../src/engine/columnar/explore-columns';
import { ancestorChains, rollUp } from '../src/engine/columnar/postings';
import { buildTimelineFromCube, presentThemeIds } from '../src/engine/columnar/timeline-from-cube';
import { defaultGranularity } from '../src/lib/periods';
import { createSyntheticCorpus } from '../src/synthetic/generate-corpus';
import { createCrossfilterPeer } from './crossfilter-peer';
import type { StepKind } from './interaction-sequence';
import { STEP_KINDS, interactionSequence } from './interaction-sequence';
import { simulateHits } from './simulated-hits';
import { summarize } from './stats';

export interface StepResult {
  kind: StepKind;
  engine: { median: number; p95: number; n: number };
  crossfilter: { median: number; p95: number; n: number };
}

export interface EngineSizeResult {
  articles: number;
  build: { engineMs: number; engineHeapMb: number; crossfilterMs: number; crossfilterHeapMb: number };
  steps: StepResult[];
  /** Every crossfilter answer had the engine's result count and theme counts. */
  sameAnswers: boolean;
}

const QUERY_THEMES: Record<string, string> = { 'hydrogen plant': 'hydrogen-metallurgy', 'magnet motor': 'repm-motors', 'battery steel': 'ev-steel' };

function heapMb(): number {
  globalThis.gc?.();
  const usage = process.memoryUsage();
  return (usage.heapUsed + usage.arrayBuffers) / 1e6;
}

/** Engine and crossfilter2 on the same synthetic corpus and the same interaction sequence. */
export function benchEngineAt(count: number, reps: { engine: number; crossfilter: number }, inputs: { taxonomy: Taxonomy; registry: Organization[] }, log: (line: string) => void): EngineSizeResult {
  const corpus = createSyntheticCorpus({ count, seed: 1, taxonomy: inputs.taxonomy, registry: inputs.registry });
  const columns = buildExploreColumns(inputs.taxonomy.themes, corpus.organizations, count, corpus.facts);
  let heap = heapMb();
  let t = performance.now();
  const engine = new ColumnarEngine(columns);
  const engineMs = performance.now() - t;
  const engineHeapMb = heapMb() - heap;

  const orgPopularity = columns.orgIds.map((id, code) => ({ id, n: 0, code }));
  for (const value of columns.orgValues) orgPopularity[value]!.n++;
  const topOrgIds = orgPopularity.sort((a, b) => b.n - a.n).slice(0, 12).map((org) => org.id);
  const hitsFor = new Map<string, SearchHits>();
  for (const [query, theme] of Object.entries(QUERY_THEMES)) {
    hitsFor.set(query.slice(0, Math.ceil(query.length / 2)), simulateHits(columns, theme, 0.9));
    hitsFor.set(query, simulateHits(columns, theme, 0.4));
  }
  const monthRange = engine.monthRange!;
  const granularity = defaultGranularity(...monthRange);
  const sequences = (n: number) => Array.from({ length: n + 1 }, (_, r) => interactionSequence(r, columns.themeIds, topOrgIds, monthRange, Object.keys(QUERY_THEMES)));

  const engineTimes = new Map<StepKind, number[]>(STEP_KINDS.map((kind) => [kind, []]));
  const engineTotals: number[] = [];
  sequences(reps.engine).forEach((steps, r) => {
    for (const step of steps) {
      const hits = step.filters.q ? hitsFor.get(step.filters.q)! : null;
      const start = performance.now();
      const selection = engine.select({ filters: step.filters, hits, sort: 'date', offset: 0, limit: 20 });
      const drawn = step.filters.themes.length ? step.filters.themes : presentThemeIds(selection.timeline);
      buildTimelineFromCube(selection.timeline, granularity, drawn);
      const elapsed = performance.now() - start;
      // Round 0 warms the JIT up and is not counted.
      if (r > 0) engineTimes.get(step.kind)!.push(elapsed);
      if (r <= reps.crossfilter) engineTotals.push(selection.total, ...Array.from(selection.themeCounts));
    }
  });
  log(`  engine: ${count} articles, ${reps.engine} rounds done`);

  heap = heapMb();
  t = performance.now();
  const rolled = rollUp(columns.orgOffsets, columns.orgValues, ancestorChains(columns.orgParent));
  const peer = createCrossfilterPeer(columns, rolled, engine.dateOrder);
  const crossfilterMs = performance.now() - t;
  const crossfilterHeapMb = heapMb() - heap;
  const peerTimes = new Map<StepKind, number[]>(STEP_KINDS.map((kind) => [kind, []]));
  const peerTotals: number[] = [];
  sequences(reps.crossfilter).forEach((steps, r) => {
    for (const step of steps) {
      const hits = step.filters.q ? hitsFor.get(step.filters.q)! : null;
      const start = performance.now();
      const answer = peer.select(step.filters, hits);
      const elapsed = performance.now() - start;
      if (r > 0) peerTimes.get(step.kind)!.push(elapsed);
      const themeCounts = new Array<number>(columns.themeIds.length).fill(0);
      for (const { key, value } of answer.themeCounts) themeCounts[key as number] = value;
      peerTotals.push(answer.total, ...themeCounts);
    }
  });
  peer.dispose();
  log(`  crossfilter2: ${count} articles, ${reps.crossfilter} rounds done`);

  return {
    articles: count,
    build: { engineMs, engineHeapMb, crossfilterMs, crossfilterHeapMb },
    steps: STEP_KINDS.map((kind) => ({ kind, engine: summarize(engineTimes.get(kind)!), crossfilter: summarize(peerTimes.get(kind)!) })),
    sameAnswers: peerTotals.length === engineTotals.length && peerTotals.every((value, k) => value === engineTotals[k]),
  };
}
