import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src/components/ErrorBoundary';
import type { TimelineChartProps } from '../../../src/features/timeline/TimelineChart';
import { TimelineChartWhenLoaded } from '../../../src/features/timeline/TimelineChartWhenLoaded';

const chunk = vi.hoisted(() => ({ requests: 0 }));

// The first request of the chart's chunk fails, as a download cut off by a deploy would; the next succeeds.
vi.mock('../../../src/features/timeline/TimelineChart', () => {
  chunk.requests += 1;
  if (chunk.requests === 1) throw new Error('chunk download failed');
  return { default: () => <p>the chart</p> };
});

const Timeline = () => <TimelineChartWhenLoaded {...({} as TimelineChartProps)} />;

describe('TimelineChartWhenLoaded', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows a failed chunk in the timeline’s error panel, and "Try again" requests it anew and draws', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ErrorBoundary label="The timeline">
        <Timeline />
      </ErrorBoundary>,
    );
    expect(screen.getByText('Drawing the chart…')).toBeInTheDocument();
    expect(await screen.findByText('The timeline could not be shown.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('the chart')).toBeInTheDocument();
    expect(chunk.requests).toBe(2);
  });
});
