import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { VolumeKpi } from '../../../src/engine/summary-model';
import { KpiTiles } from '../../../src/features/summary/KpiTiles';
import { monthIndex } from '../../../src/lib/periods';
import { renderWithRouter } from '../../test-utils';

const jan = monthIndex(2025, 1);
const volume = (current: number, previous: number, change: number | null): VolumeKpi => ({
  current: { from: jan, to: jan + 5, n: current },
  previous: { from: jan - 6, to: jan - 1, n: previous },
  change,
  status: change === null ? 'too-few' : 'ok',
  imprecise: 0,
});
const tile = (v: VolumeKpi | null, total: number) => {
  renderWithRouter(<KpiTiles total={total} volume={v} topOrganization={null} growth={null} newest={null} search="" />);
  return screen.getByRole('region', { name: 'Articles' });
};

describe('the articles tile', () => {
  it('gives a percentage only on enough articles in both periods, with thousands separated', () => {
    expect(tile(volume(1500, 1000, 0.5), 2600)).toHaveTextContent('2,600Matching the filters. +50%: 1,500 in Jan 2025 – Jun 2025 vs 1,000 in Jul 2024 – Dec 2024.');
  });
  it('says "too few" below five articles in a period', () => {
    expect(tile(volume(3, 2, null), 5)).toHaveTextContent('Too few articles for a percentage (under 5 in a period): 3 in Jan 2025 – Jun 2025 vs 2 in Jul 2024 – Dec 2024.');
  });
  it('gives no percentage against an empty period, however many articles the current one has', () => {
    expect(tile(volume(96_105, 0, null), 96_105)).toHaveTextContent('No percentage: nothing to compare with in the previous period. 96,105 in Jan 2025 – Jun 2025 vs 0 in Jul 2024 – Dec 2024.');
  });
});

describe('the growth tile', () => {
  it('names the two periods it compares', () => {
    renderWithRouter(
      <KpiTiles total={9} volume={volume(6, 3, null)} topOrganization={null} growth={{ growth: { id: 'ev-steel', current: 6, previous: 1 }, theme: undefined }} newest={null} search="" />,
    );
    expect(screen.getByRole('region', { name: 'Fastest-growing theme' })).toHaveTextContent('ev-steel6 articles in Jan 2025 – Jun 2025 against 1 in Jul 2024 – Dec 2024.');
  });
  it('says why nothing is compared when no earlier period lies within the data', () => {
    expect(tile(null, 4)).toHaveTextContent('Nothing to compare with: no earlier period of the same length lies within the dated articles.');
  });
});
