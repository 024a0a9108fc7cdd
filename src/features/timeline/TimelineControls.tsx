import { useId } from 'react';
import type { Granularity } from '../../lib/periods';
import { formatYearMonth, periodLabel } from '../../lib/periods';
import type { ViewOptions } from '../../url-state/explore-url';

export type TimelineView = Pick<ViewOptions, 'chart' | 'scale' | 'events'> & { granularity: Granularity };

interface TimelineControlsProps {
  view: TimelineView;
  /** Month indexes offered in the From/To selects. */
  months: readonly number[];
  from: string | null;
  to: string | null;
  showTable: boolean;
  onViewChange: (patch: Partial<TimelineView>) => void;
  onRangeChange: (from: string | null, to: string | null) => void;
  onShowTableChange: (show: boolean) => void;
}

interface SegmentedProps<T extends string> {
  label: string;
  options: readonly (readonly [T, string])[];
  value: T;
  onChange: (value: T) => void;
}

function Segmented<T extends string>({ label, options, value, onChange }: SegmentedProps<T>) {
  return (
    <div className="segmented" role="group" aria-label={label}>
      {options.map(([option, text]) => (
        <button key={option} type="button" aria-pressed={value === option} onClick={() => onChange(option)}>
          {text}
        </button>
      ))}
    </div>
  );
}

const CHARTS = [['bars', 'Bars'], ['lines', 'Lines']] as const;
const GRANULARITIES = [['month', 'Month'], ['quarter', 'Quarter'], ['year', 'Year']] as const;
const SCALES = [['count', 'Count'], ['share', 'Share']] as const;

/** The chart's view options (all in the URL) and the non-drag way to set the date range. */
export function TimelineControls({ view, months, from, to, showTable, onViewChange, onRangeChange, onShowTableChange }: TimelineControlsProps) {
  const id = useId();
  // A bound after the other one drags it along, so the range is never reversed.
  const setFrom = (value: string | null) => onRangeChange(value, value && to && to < value ? value : to);
  const setTo = (value: string | null) => onRangeChange(from && value && from > value ? value : from, value);
  const options = months.map((month) => {
    const value = formatYearMonth(month);
    return (
      <option key={value} value={value}>
        {periodLabel(month, 'month')}
      </option>
    );
  });

  return (
    <div className="timeline-controls">
      <div className="timeline-controls__row">
        <Segmented label="Chart type" options={CHARTS} value={view.chart} onChange={(chart) => onViewChange({ chart })} />
        <Segmented label="Granularity" options={GRANULARITIES} value={view.granularity} onChange={(granularity) => onViewChange({ granularity })} />
        <Segmented label="Scale" options={SCALES} value={view.scale} onChange={(scale) => onViewChange({ scale })} />
        <div className="segmented" role="group" aria-label="Display">
          <button type="button" aria-pressed={view.events} onClick={() => onViewChange({ events: !view.events })}>
            Events
          </button>
          <button type="button" aria-pressed={showTable} onClick={() => onShowTableChange(!showTable)}>
            Show as table
          </button>
        </div>
      </div>
      <div className="timeline-controls__row">
        <label className="inline-field" htmlFor={`${id}-from`}>
          From
          <select id={`${id}-from`} className="input" value={from ?? ''} onChange={(event) => setFrom(event.target.value || null)}>
            <option value="">Earliest</option>
            {options}
          </select>
        </label>
        <label className="inline-field" htmlFor={`${id}-to`}>
          To
          <select id={`${id}-to`} className="input" value={to ?? ''} onChange={(event) => setTo(event.target.value || null)}>
            <option value="">Latest</option>
            {options}
          </select>
        </label>
        <button type="button" className="button" disabled={from === null && to === null} onClick={() => onRangeChange(null, null)}>
          Clear dates
        </button>
      </div>
    </div>
  );
}
