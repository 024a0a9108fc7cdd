import type { ExploreColumns } from './explore-columns';
import type { Csr } from './postings';
import { invert } from './postings';

/** One filter dimension's current set: a 0/1 mask over articles and the list of its members. */
export interface DimensionState {
  /** What the set was filled from: an unchanged filter keeps its set. */
  key: string;
  active: boolean;
  mask: Uint8Array;
  members: Uint32Array;
  buffer: Uint32Array;
}

function newDimension(count: number): DimensionState {
  const buffer = new Uint32Array(count);
  return { key: '', active: false, mask: new Uint8Array(count), members: buffer.subarray(0, 0), buffer };
}

/** The articles a count visits: the smallest active dimension's members, kept when both masks pass. */
export interface CountPlan {
  driver: Uint32Array;
  m1: Uint8Array;
  m2: Uint8Array;
}

/**
 * The theme, organization and query filters as sets of articles, filled from posting lists into
 * buffers allocated once per dataset, never per interaction.
 */
export class FilterDimensions {
  readonly themes: DimensionState;
  readonly orgs: DimensionState;
  readonly query: DimensionState;
  private readonly themePostings: Csr;
  private readonly directPostings: Csr;
  private readonly rolledPostings: Csr;
  private readonly themeCode: Map<string, number>;
  private readonly orgCode: Map<string, number>;
  /** 0..count-1, and a mask passing everyone: stand-ins for an inactive filter, so loops never branch on null. */
  private readonly everyone: Uint32Array;
  private readonly allPass: Uint8Array;

  /** `rolled`: each article's organizations and their parents, what a roll-up filter matches. */
  constructor(columns: ExploreColumns, rolled: Csr) {
    const { count, themeIds, orgIds } = columns;
    this.themePostings = invert(columns.themeOffsets, columns.themeValues, themeIds.length);
    this.directPostings = invert(columns.orgOffsets, columns.orgValues, orgIds.length);
    this.rolledPostings = invert(rolled.offsets, rolled.values, orgIds.length);
    this.themeCode = new Map(themeIds.map((id, code) => [id, code]));
    this.orgCode = new Map(orgIds.map((id, code) => [id, code]));
    this.everyone = new Uint32Array(count).map((_, i) => i);
    this.allPass = new Uint8Array(count).fill(1);
    this.themes = newDimension(count);
    this.orgs = newDimension(count);
    this.query = newDimension(count);
  }

  setThemes(ids: readonly string[]): DimensionState {
    const state = this.themes;
    const key = [...ids].sort().join(',');
    if (key === state.key && (ids.length > 0) === state.active) return state;
    state.key = key;
    state.active = ids.length > 0;
    if (state.active) fillUnion(state, ids.map((id) => this.themeCode.get(id) ?? -1), this.themePostings);
    return state;
  }

  setOrgs(ids: readonly string[], match: 'any' | 'all', rollup: boolean): DimensionState {
    const state = this.orgs;
    const key = ids.length ? `${match}:${rollup}:${[...ids].sort().join(',')}` : '';
    if (key === state.key && (ids.length > 0) === state.active) return state;
    state.key = key;
    state.active = ids.length > 0;
    if (!state.active) return state;
    const postings = rollup ? this.rolledPostings : this.directPostings;
    const codes = [...new Set(ids.map((id) => this.orgCode.get(id) ?? -1))];
    if (match === 'any' || codes.length === 1) fillUnion(state, codes, postings);
    else fillIntersection(state, codes, postings);
    return state;
  }

  /** `text` identifies the hits (blank: no query); `ids` are read only when it changes. */
  setQuery(text: string, ids: Uint32Array | null): DimensionState {
    const state = this.query;
    if (text === state.key && (text !== '') === state.active) return state;
    state.key = text;
    state.active = text !== '';
    if (!state.active) return state;
    state.mask.fill(0);
    const members = ids ?? new Uint32Array(0);
    for (let p = 0; p < members.length; p++) state.mask[members[p]!] = 1;
    state.members = members;
    return state;
  }

  /** Drives a count from the smallest active dimension and checks the (at most two) others by mask. */
  plan(dimensions: readonly DimensionState[]): CountPlan {
    const active = dimensions.filter((d) => d.active).sort((a, b) => a.members.length - b.members.length);
    return { driver: active[0]?.members ?? this.everyone, m1: active[1]?.mask ?? this.allPass, m2: active[2]?.mask ?? this.allPass };
  }
}

function fillUnion(state: DimensionState, codes: readonly number[], postings: Csr): void {
  const { mask, buffer } = state;
  mask.fill(0);
  const known = codes.filter((code) => code >= 0);
  if (known.length === 1) {
    // One value: its posting list already is the member list.
    const members = postings.values.subarray(postings.offsets[known[0]!]!, postings.offsets[known[0]! + 1]!);
    for (let p = 0; p < members.length; p++) mask[members[p]!] = 1;
    state.members = members;
    return;
  }
  let n = 0;
  for (const code of known) {
    for (let k = postings.offsets[code]!; k < postings.offsets[code + 1]!; k++) {
      const i = postings.values[k]!;
      if (mask[i]) continue;
      mask[i] = 1;
      buffer[n++] = i;
    }
  }
  state.members = buffer.subarray(0, n);
}

function fillIntersection(state: DimensionState, codes: readonly number[], postings: Csr): void {
  const { mask, buffer } = state;
  mask.fill(0);
  if (codes.some((code) => code < 0)) {
    state.members = buffer.subarray(0, 0);
    return;
  }
  // Counting up to 255 lists in a byte mask: the registry caps filters at 50 organizations.
  for (const code of codes) {
    for (let k = postings.offsets[code]!; k < postings.offsets[code + 1]!; k++) mask[postings.values[k]!]! += 1;
  }
  const smallest = codes.reduce((a, b) => (size(postings, b) < size(postings, a) ? b : a));
  let n = 0;
  for (let k = postings.offsets[smallest]!; k < postings.offsets[smallest + 1]!; k++) {
    const i = postings.values[k]!;
    if (mask[i] === codes.length) buffer[n++] = i;
  }
  mask.fill(0);
  for (let p = 0; p < n; p++) mask[buffer[p]!] = 1;
  state.members = buffer.subarray(0, n);
}

function size(postings: Csr, code: number): number {
  return postings.offsets[code + 1]! - postings.offsets[code]!;
}
