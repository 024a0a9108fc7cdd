import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Organization } from '../../../src/domain/schema';
import { OrganizationFilter } from '../../../src/features/filters/OrganizationFilter';
import { FOLDED_OPTIONS, visibleOptions } from '../../../src/features/filters/build-org-groups';
import { parseExploreUrl } from '../../../src/url-state/explore-url';

const companies: Organization[] = Array.from({ length: 30 }, (_, i) => ({
  id: `company-${i}`,
  name: `Company ${String(i).padStart(2, '0')}`,
  type: 'company',
  aliases: i === 29 ? ['Rarely Named Steel'] : [],
}));
// Company 00 is named most; Company 29 least.
const counts = new Map(companies.map((org, i) => [org.id, 100 - i]));

describe('visibleOptions', () => {
  it('keeps the most mentioned few and every selected one while folded', () => {
    const options = companies.map((org, i) => ({ org, count: 100 - i, selected: i === 20 }));
    expect(visibleOptions(options, false).map((option) => option.org.id)).toEqual([...companies.slice(0, FOLDED_OPTIONS).map((org) => org.id), 'company-20']);
    expect(visibleOptions(options, true)).toHaveLength(30);
  });
});

describe('OrganizationFilter', () => {
  it('folds a long group to its most mentioned, unfolds on request, and searches all of it', async () => {
    const user = userEvent.setup();
    const update = vi.fn(() => null);
    render(<OrganizationFilter organizations={companies} counts={counts} state={parseExploreUrl('?orgs=company-25').state} update={update} />);
    const group = screen.getByRole('group', { name: 'Other companies' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(FOLDED_OPTIONS + 1);
    expect(within(group).getByRole('checkbox', { name: /Company 25/ })).toBeChecked();

    await user.click(within(group).getByRole('button', { name: 'Show all 30 of Other companies' }));
    expect(within(group).getAllByRole('checkbox')).toHaveLength(30);
    await user.click(within(group).getByRole('button', { name: 'Show fewer of Other companies' }));
    expect(within(group).getAllByRole('checkbox')).toHaveLength(FOLDED_OPTIONS + 1);

    await user.type(screen.getByRole('searchbox', { name: 'Find an organization' }), 'rarely');
    expect(within(screen.getByRole('group', { name: 'Other companies' })).getAllByRole('checkbox').map((box) => box.closest('label')!.textContent)).toEqual(['Company 2971']);
  });
});
