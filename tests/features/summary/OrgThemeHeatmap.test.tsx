import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OrgThemeHeatmap } from '../../../src/features/summary/OrgThemeHeatmap';
import { makeDataset } from '../../fixtures/make-dataset';

const themes = makeDataset().taxonomy.themes.slice(0, 2);

describe('OrgThemeHeatmap', () => {
  it('cuts a long name to what fits the label column and keeps the whole name as its title', () => {
    const long = 'Global Low-carbon Metallurgical Innovation Alliance';
    const { container } = render(
      <OrgThemeHeatmap organizations={[{ id: 'a', name: long, discovered: false }, { id: 'b', name: 'HBIS Group', discovered: false }]} themes={themes} cells={[[1, 0], [0, 2]]} />,
    );
    const labels = [...container.querySelectorAll('svg > g > text[text-anchor="end"]')];
    expect(labels.map((label) => label.firstChild?.textContent)).toEqual(['Global Low-carbon Metallu…', 'HBIS Group']);
    expect(labels.map((label) => label.querySelector('title')?.textContent)).toEqual([long, 'HBIS Group']);
  });
});
