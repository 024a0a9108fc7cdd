import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test-utils';
import { steelDataset } from '../steel-fixture';

const open = (url: string) => renderApp(url, steelDataset());

describe('organization page', () => {
  it('shows who it is and its subsidiaries, and says its subsidiaries are rolled up', async () => {
    open('/organizations/baogang-group');
    expect(await screen.findByRole('heading', { level: 1, name: 'Baogang Group' })).toBeInTheDocument();
    expect(screen.getByText(/Company · China · also written Baogang/)).toBeInTheDocument();
    const subsidiaries = screen.getByRole('list', { name: 'Subsidiaries:' });
    expect(within(subsidiaries).getByRole('link', { name: 'Baogang Electric' })).toHaveAttribute('href', '/organizations/baogang-electric');
    expect(screen.getByText(/Roll-up is on: counts include articles naming Baogang Electric\./)).toBeInTheDocument();
  });

  it('lists co-mentioned organizations, people and its articles with the filters kept', async () => {
    open('/organizations/baogang-group?themes=ev-steel');
    const alongside = await screen.findByRole('region', { name: 'Named alongside' });
    expect(within(alongside).getByRole('listitem')).toHaveTextContent('East China University of Science and Technology 2 articles in common');
    expect(within(alongside).getByRole('link')).toHaveAttribute('href', '/organizations/ecust?themes=ev-steel');

    expect(screen.getByRole('region', { name: 'People' })).toHaveTextContent(/Li Wei, engineer \(Baogang Electric\).*Meng Fanying, Chairwoman/);

    const articles = within(screen.getByRole('region', { name: 'Articles (4)' })).getAllByRole('listitem');
    expect(articles.map((item) => within(item).getByRole('link').textContent)).toEqual([
      'Baogang ships EV steel',
      'Baogang meets ECUST on hydrogen metallurgy',
      'Baogang Electric motors for EV plants',
      'A year of EV and hydrogen metallurgy at Baogang',
    ]);
    expect(articles[2]).toHaveTextContent('Apr 2025');
    expect(articles[2]).toHaveTextContent('via Baogang Electric');
    expect(within(articles[0]!).getByRole('link')).toHaveAttribute('href', '/articles/a-ev-new?themes=ev-steel');
  });

  it('charts articles over time with a table, and counts year-only dates apart', async () => {
    open('/organizations/baogang-group');
    const section = await screen.findByRole('region', { name: 'Articles over time' });
    const rows = within(within(section).getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual(['PeriodConfirmed dateEstimated date', 'Apr 202510', 'May 202511']);
    expect(section).toHaveTextContent('Not on the chart: 1 more dated only to the year.');
    const mix = screen.getByRole('region', { name: 'Theme mix' });
    expect(mix).toHaveTextContent(/EV steel3 articles.*Hydrogen2 articles/);
  });

  it('switches roll-up off through the URL, keeping the other filters', async () => {
    const user = userEvent.setup();
    const { router } = open('/organizations/baogang-group?themes=ev-steel');
    await user.click(await screen.findByRole('link', { name: 'Count it alone' }));
    expect(router.state.location.search).toBe('?themes=ev-steel&rollup=false');
    expect(await screen.findByText(/Roll-up is off: only articles naming Baogang Group itself are counted\./)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Articles (3)' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Named alongside' })).getByRole('link', { name: 'Baogang Electric' })).toBeInTheDocument();
  });

  it('links a subsidiary to its parent', async () => {
    open('/organizations/baogang-electric');
    const partOf = (await screen.findByText(/Part of/)).closest('p');
    expect(partOf).toHaveTextContent('Part of Baogang Group');
    expect(within(partOf!).getByRole('link')).toHaveAttribute('href', '/organizations/baogang-group');
  });

  it('says so when the id is unknown, with a way back', async () => {
    open('/organizations/nobody?themes=ev-steel');
    expect(await screen.findByText('There is no organization with this id.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Back to results/ })).toHaveAttribute('href', '/?themes=ev-steel');
  });
});
