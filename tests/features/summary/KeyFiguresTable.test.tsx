import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SummaryFigure } from '../../../src/engine/summary-model';
import { KeyFiguresTable } from '../../../src/features/summary/KeyFiguresTable';
import { makeDataset } from '../../fixtures/make-dataset';
import { renderWithRouter } from '../../test-utils';

const [org] = makeDataset().organizations;
const organizations = new Map([[org!.id, org!]]);
const article = { id: 'a1', title: 'Mill cuts emissions', publisher: 'Wire' };
const rows: SummaryFigure[] = [
  { text: '30%', measure: 'emission cut', claimant: { id: org!.id, from: 'sentence' }, article },
  { text: '2 Mt', measure: 'capacity', claimant: { id: org!.id, from: 'previous-sentence' }, article },
  { text: '1,000 t', measure: 'shipments', article },
];

const table = (count: number) => {
  renderWithRouter(<KeyFiguresTable figures={{ rows, count }} organizations={organizations} search="?themes=ev-steel" />);
  return screen.getByRole('table', { name: 'Key figures from the matching articles' });
};

describe('KeyFiguresTable', () => {
  it('names who states each figure, how, or that nobody is named, and links the article with the filters', () => {
    const body = within(table(3)).getAllByRole('row').slice(1);
    expect(body.map((row) => within(row).getAllByRole('cell')[2]!.textContent)).toEqual([org!.name, `${org!.name} (sentence before)`, 'Not stated']);
    expect(within(body[0]!).getByRole('link', { name: 'Mill cuts emissions' })).toHaveAttribute('href', '/articles/a1?themes=ev-steel');
    expect(screen.queryByText(/more on the matching/)).not.toBeInTheDocument();
  });

  it('counts the figures it does not list and says where they are', () => {
    table(1_204);
    expect(screen.getByText('1,201 more on the matching articles’ pages.')).toBeInTheDocument();
  });

  it('says when the matching articles report no quantities', () => {
    renderWithRouter(<KeyFiguresTable figures={{ rows: [], count: 0 }} organizations={organizations} search="" />);
    expect(screen.getByText('No quantities are reported in the matching articles.')).toBeInTheDocument();
  });
});
