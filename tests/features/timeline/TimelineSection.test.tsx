import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo, useState } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildExploreIndex } from '../../../src/engine/explore-index';
import { selectMatches } from '../../../src/engine/select-matches';
import { TimelineSection } from '../../../src/features/timeline/TimelineSection';
import type { ExploreState } from '../../../src/url-state/explore-url';
import { parseExploreUrl } from '../../../src/url-state/explore-url';
import { makeDataset } from '../../fixtures/make-dataset';
import { renderWithRouter } from '../../test-utils';
import { timelineArticles } from './timeline-fixtures';

type Change = (current: ExploreState) => ExploreState;

const dataset = makeDataset(timelineArticles);
const index = buildExploreIndex(dataset);

/** The section with its inputs derived as the page derives them; `update` applies the change and reports it. */
function Harness({ initial, onUpdate }: { initial: ExploreState; onUpdate: (change: Change, options?: { replace?: boolean }) => void }) {
  const [state, setState] = useState(initial);
  const selection = useMemo(() => selectMatches(index, state.filters, 'date'), [state.filters]);
  const update = (change: Change, options?: { replace?: boolean }) => {
    onUpdate(change, options);
    setState(change);
  };
  return <TimelineSection index={index} selection={selection} themes={dataset.taxonomy.themes} state={state} update={update} />;
}

function setup(search = '') {
  const initial = parseExploreUrl(search).state;
  const onUpdate = vi.fn<(change: Change, options?: { replace?: boolean }) => void>();
  renderWithRouter(<Harness initial={initial} onUpdate={onUpdate} />);
  /** The state the last update produced from the state it was given. */
  const lastChange = (from: ExploreState = initial) => onUpdate.mock.lastCall![0](from);
  return { user: userEvent.setup(), initial, onUpdate, lastChange };
}

const row = (label: string) => screen.getByRole('rowheader', { name: label }).closest('tr')!;
const cells = (label: string) => within(row(label)).getAllByRole('cell').map((cell) => cell.textContent);

// The chart draws to its container's size; jsdom has no layout, so give every element one.
beforeAll(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ width: 640, height: 320 }));
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
});
afterAll(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('TimelineSection', () => {
  it('renders the chart view with its name, legend and controls by default', () => {
    setup();
    expect(screen.getByRole('heading', { name: 'Themes over time' })).toBeInTheDocument();
    expect(screen.getByText(/Articles per month, by theme\. Select a month/)).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Legend' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Hydrogen',
      'EV steel',
      ' estimated date',
    ]);
    expect(screen.getByRole('button', { name: 'Bars' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Month' })).toHaveAttribute('aria-pressed', 'true');
    const chart = screen.getByRole('application');
    expect(chart.querySelector('title')).toHaveTextContent('Articles per month, by theme');
    expect(chart.querySelectorAll('pattern')).toHaveLength(2);
  });

  it('narrows to the period clicked on the chart, and shows the counts of the period under the pointer', () => {
    const { lastChange } = setup();
    const chart = screen.getByRole('application');
    // 640 px wide: a 30 px axis, then 12 months of (640 - 30 - 12) / 12 px each.
    const monthCentre = (i: number) => 30 + (i + 0.5) * ((640 - 30 - 12) / 12);
    fireEvent.pointerMove(chart, { clientX: monthCentre(0) });
    expect(document.querySelector('.timeline-tooltip')).toHaveTextContent('Jan 2025 · n = 2Only 2 articles: too few for reliable shares.Hydrogen: 2 · 1 est. dateEV steel: 1 · 1 est. date');
    fireEvent.pointerLeave(chart);
    expect(document.querySelector('.timeline-tooltip')).toBeNull();
    fireEvent.click(chart, { clientX: monthCentre(2) });
    expect(lastChange().filters).toMatchObject({ from: '2025-03', to: '2025-03' });
  });

  it('steps through periods with the keyboard, announcing each, and narrows to one with Enter', async () => {
    const { user, lastChange } = setup();
    screen.getByRole('application').focus();
    await user.keyboard('{Home}');
    expect(screen.getByText(/^Jan 2025: 2 articles\./)).toHaveTextContent(
      'Jan 2025: 2 articles. Too few for reliable shares. Hydrogen 2 (1 with estimated date), EV steel 1 (1 with estimated date).',
    );
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByText(/^Mar 2025: 1 article\./)).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(lastChange().filters).toMatchObject({ from: '2025-03', to: '2025-03' });
  });

  it.each([
    ['Lines', { chart: 'lines' }],
    ['Quarter', { granularity: 'quarter' }],
    ['Share', { scale: 'share' }],
    ['Events', { events: true }],
  ] as const)('pressing %s pushes the view change', async (name, view) => {
    const { user, initial, onUpdate, lastChange } = setup();
    await user.click(screen.getByRole('button', { name }));
    expect(onUpdate.mock.lastCall![1]?.replace).toBeFalsy();
    expect(lastChange()).toEqual({ ...initial, view: { ...initial.view, ...view } });
    expect(screen.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true');
  });

  it('stores the automatic granularity as null, so the link stays canonical', async () => {
    const { user, initial, lastChange } = setup('?gran=year');
    expect(screen.getByRole('button', { name: 'Year' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Month' }));
    expect(lastChange().view.granularity).toBeNull();
    expect(lastChange().filters).toEqual(initial.filters);
  });

  it('shows the same numbers in a table, and narrows to a period from its row', async () => {
    const { user, lastChange } = setup();
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table', { name: 'Articles per month, by theme' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Period', 'n', 'Hydrogen', 'EV steel', 'Narrow to period']);
    expect(within(table).getAllByRole('row')).toHaveLength(13);
    expect(cells('Jan 2025')).toEqual(['2few', '2 (1 est.)', '1 (1 est.)', 'Show']);
    expect(cells('Mar 2025')).toEqual(['1few', '0', '1', 'Show']);
    expect(cells('Feb 2025')).toEqual(['0', '0', '0', 'Show']);

    await user.click(screen.getByRole('button', { name: 'Show Mar 2025' }));
    expect(lastChange().filters).toMatchObject({ from: '2025-03', to: '2025-03' });
    expect(row('Mar 2025')).toHaveClass('timeline-table__selected');
    expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue('2025-03');
  });

  it('narrows to a whole quarter and shows few-article shares as "x of n"', async () => {
    const { user, lastChange } = setup('?gran=quarter&scale=share');
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(screen.getByRole('table', { name: 'Share of articles per quarter, by theme' })).toBeInTheDocument();
    expect(cells('Q1 2025')).toEqual(['3few', '2 of 3 (1 est.)', '2 of 3 (1 est.)', 'Show']);
    await user.click(screen.getByRole('button', { name: 'Show Q1 2025' }));
    expect(lastChange().filters).toMatchObject({ from: '2025-01', to: '2025-03' });
  });

  it('draws only the selected themes', async () => {
    const { user } = setup('?themes=ev-steel');
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Period', 'n', 'EV steel', 'Narrow to period']);
    expect(cells('Jan 2025')).toEqual(['1few', '1 (1 est.)', 'Show']);
  });

  it('states what is estimated, left out or resting on few articles', async () => {
    const { user } = setup('?scale=share');
    expect(screen.getByText(/Share of the n articles dated in each month/)).toBeInTheDocument();
    expect(screen.getByText(/3 articles placed on the timeline\. 1 of them has an estimated or inferred date \(drawn hatched\)/)).toBeInTheDocument();
    expect(screen.getByText(/1 article dated only to a year is not placed by month/)).toBeInTheDocument();
    expect(screen.getByText(/1 article without a known date is not shown/)).toBeInTheDocument();
    expect(screen.getByText(/fewer than 5 articles are marked “few”/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show by year' }));
    expect(screen.getByText(/4 articles placed on the timeline/)).toBeInTheDocument();
    expect(screen.queryByText(/dated only to a year/)).not.toBeInTheDocument();
  });

  it('sets the range with the From and To selects, never reversed, and clears it', async () => {
    const { user, lastChange } = setup();
    const clear = screen.getByRole('button', { name: 'Clear dates' });
    expect(clear).toBeDisabled();
    await user.selectOptions(screen.getByRole('combobox', { name: 'From' }), '2025-06');
    expect(lastChange().filters).toMatchObject({ from: '2025-06', to: null });
    await user.selectOptions(screen.getByRole('combobox', { name: 'To' }), '2025-04');
    expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue('2025-04');
    expect(screen.getByRole('combobox', { name: 'To' })).toHaveValue('2025-04');
    await user.click(clear);
    expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue('');
    expect(clear).toBeDisabled();
  });

  it('lists the events on the timeline with links to their articles, keeping the query string', () => {
    setup('?events=true&themes=ev-steel');
    const list = screen.getByRole('heading', { name: 'Events and targets' }).parentElement!;
    const link = within(list).getByRole('link', { name: 'EV steel line' });
    expect(link).toHaveAttribute('href', '/articles/a-mar?themes=ev-steel&events=true');
    expect(within(list).getByText(/Line starts/)).toBeInTheDocument();
    expect(within(list).getByText(/1 dated too coarsely/)).toBeInTheDocument();
  });

  it('says so when no article matches', () => {
    setup('?q=nothing-matches-this');
    expect(screen.getByText('No articles match these filters')).toBeInTheDocument();
  });
});
