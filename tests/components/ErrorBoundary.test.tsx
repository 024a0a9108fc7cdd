import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/components/ErrorBoundary';

let broken = true;
function Fragile() {
  if (broken) throw new Error('bad data');
  return <p>drawn</p>;
}

describe('ErrorBoundary', () => {
  beforeEach(() => {
    broken = true;
    // React reports caught errors on the console; the boundary's own message is what is under test.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('replaces only what threw with a readable panel, and keeps its siblings', () => {
    render(
      <>
        <p>sibling</p>
        <ErrorBoundary label="The timeline">
          <Fragile />
        </ErrorBoundary>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The timeline could not be shown.');
    expect(screen.getByRole('alert')).toHaveTextContent('Error: bad data');
    expect(screen.getByText('sibling')).toBeInTheDocument();
  });

  it('tries again on request', async () => {
    render(
      <ErrorBoundary label="The chart">
        <Fragile />
      </ErrorBoundary>,
    );
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('drawn')).toBeInTheDocument();
  });

  it('clears the error when its reset keys change', () => {
    const { rerender } = render(
      <ErrorBoundary label="This page" resetKeys={['?themes=a']}>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    broken = false;
    rerender(
      <ErrorBoundary label="This page" resetKeys={['?themes=b']}>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByText('drawn')).toBeInTheDocument();
  });
});
