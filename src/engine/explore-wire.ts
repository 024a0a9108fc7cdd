import type { ExploreAnswer } from './contract';

/** An explore answer as JSON carries it between the API server and the page: its typed arrays as plain arrays. */
export type ExploreAnswerJson = Omit<ExploreAnswer, 'themeCounts' | 'orgCounts' | 'timeline'> & {
  themeCounts: number[];
  orgCounts: number[];
  timeline: Omit<ExploreAnswer['timeline'], 'counts' | 'totals'> & { counts: number[]; totals: number[] };
};

export function exploreAnswerToJson(answer: ExploreAnswer): ExploreAnswerJson {
  const { themeCounts, orgCounts, timeline } = answer;
  return {
    ...answer,
    themeCounts: Array.from(themeCounts),
    orgCounts: Array.from(orgCounts),
    timeline: { ...timeline, counts: Array.from(timeline.counts), totals: Array.from(timeline.totals) },
  };
}

export function exploreAnswerFromJson(json: ExploreAnswerJson): ExploreAnswer {
  const { themeCounts, orgCounts, timeline } = json;
  return {
    ...json,
    themeCounts: Int32Array.from(themeCounts),
    orgCounts: Int32Array.from(orgCounts),
    timeline: { ...timeline, counts: Int32Array.from(timeline.counts), totals: Int32Array.from(timeline.totals) },
  };
}
