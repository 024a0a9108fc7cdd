import { lowContrastSchemes } from '../../lib/contrast';

/**
 * How every chart of the product draws the same meanings, so a reader learns them once: axis text,
 * grid, the hatched fill of articles whose date is estimated, the casing of a faint series colour,
 * and the design width of the summary's charts.
 */

/** Axis labels in the page's muted text colour, at the size the tables use. */
export const AXIS_TICK = { fill: 'var(--text-muted)', fontSize: 12 } as const;
export const AXIS_LINE = 'var(--border)';
export const GRID_STROKE = 'var(--border)';

/**
 * The summary's charts are drawn at one design size and scaled by CSS through their viewBox, so the
 * same SVG fits a projector, a phone and a printed page (print gives no resize events).
 */
export const SUMMARY_CHART_WIDTH = 440;

/** The legend's words for the hatched part of a bar. */
export const ESTIMATED_LABEL = 'estimated date';

/** `url(#…)` ids must be unique on the page and safe in a URL: e.g. `hatch-r1-ev-steel`. */
export const hatchId = (prefix: string, key: string) => `hatch-${prefix.replace(/[^a-zA-Z0-9]/g, '')}-${key.replace(/[^a-zA-Z0-9-]/g, '')}`;

/**
 * The fill of the estimated part of a bar: stripes of the series colour on a pale wash of it, so it
 * reads as the same series, less certain, in colour, in greyscale and when printed.
 */
export function HatchPattern({ id, color }: { id: string; color: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
      <rect width={6} height={6} fill={color} fillOpacity={0.2} />
      <line x1={0} y1={0} x2={0} y2={6} stroke={color} strokeWidth={3} />
    </pattern>
  );
}

/**
 * The class of a line's casing (a wider stroke in the text colour beneath it) for a colour below 3:1
 * on a chart surface, or null: the CSS shows it only on the surface the colour is faint on.
 */
export function casingClass(color: string): string | null {
  const faint = lowContrastSchemes(color);
  return faint.length === 0 ? null : ['chart-casing', ...faint.map((scheme) => `chart-casing--${scheme}`)].join(' ');
}
