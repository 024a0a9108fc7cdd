import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ThemeMix } from '../../../src/features/organization/ThemeMix';
import { steelDataset } from '../steel-fixture';

describe('ThemeMix', () => {
  const [ev, hydrogen] = steelDataset().taxonomy.themes;

  it('counts one article as one, and says an article can carry several themes only where there are several', () => {
    const { rerender } = render(<ThemeMix themeMix={[{ theme: ev!, count: 1 }, { theme: hydrogen!, count: 1 }]} total={1} />);
    expect(screen.getByRole('region', { name: 'Theme mix' })).toHaveTextContent(/^Theme mixOf its one article:/);
    rerender(<ThemeMix themeMix={[{ theme: ev!, count: 3 }]} total={4} />);
    expect(screen.getByRole('region', { name: 'Theme mix' })).toHaveTextContent('Of its 4 articles (an article can carry several themes):');
  });
});
