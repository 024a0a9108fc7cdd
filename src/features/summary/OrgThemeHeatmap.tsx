import type { CSSProperties } from 'react';
import type { Theme } from '../../domain/schema';
import { blend, CHART_SURFACES, textColorOn } from '../../lib/contrast';
import { ChartDataTable } from './ChartDataTable';
import { DISCOVERED_NOTE } from './TopOrganizationsChart';

interface OrgThemeHeatmapProps {
  organizations: { id: string; name: string; discovered: boolean }[];
  themes: Theme[];
  cells: number[][];
}

const CELL = 44;
const ROW_LABEL = 200;
const HEADER = 64;
// Room for the last rotated theme label, which leans right past the grid.
const RIGHT_PAD = 56;
// Characters of a name that fit the label column at 12 px (about 7 px each for wide letters); longer ones are cut.
const LABEL_CHARS = 26;

/**
 * Black or white for a cell's number, chosen on the colour the cell shows (its fill blended over the
 * light and the dark chart surface); the stylesheet picks the one for the scheme in force.
 */
const countColors = (color: string, opacity: number) =>
  ({
    '--count-on-light': textColorOn(blend(color, opacity, CHART_SURFACES.light)),
    '--count-on-dark': textColorOn(blend(color, opacity, CHART_SURFACES.dark)),
  }) as CSSProperties;

/** Organizations × themes as a shaded grid with the count written in each cell (shade is never the only cue). */
export function OrgThemeHeatmap({ organizations, themes, cells }: OrgThemeHeatmapProps) {
  const max = Math.max(1, ...cells.flat());
  const width = ROW_LABEL + CELL * themes.length + RIGHT_PAD;
  const height = HEADER + CELL * organizations.length;
  return (
    <figure className="summary-figure">
      <div className="heatmap-scroll">
        <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="scalable-svg" role="img" aria-labelledby="heatmap-title">
          <title id="heatmap-title">Matching articles per organization and theme</title>
          {themes.map((theme, t) => (
            <g key={theme.id} transform={`translate(${ROW_LABEL + CELL * t + CELL / 2}, ${HEADER - 8}) rotate(-40)`}>
              <text fontSize="11" fill="currentColor">
                {theme.shortLabel}
              </text>
            </g>
          ))}
          {organizations.map((org, o) => (
            <g key={org.id} transform={`translate(0, ${HEADER + CELL * o})`}>
              <text x={ROW_LABEL - 8} y={CELL / 2 + 4} textAnchor="end" fontSize="12" fill="currentColor">
                {org.name.length > LABEL_CHARS ? `${org.name.slice(0, LABEL_CHARS - 1).trimEnd()}…` : org.name}
                <title>{org.name}</title>
              </text>
              {themes.map((theme, t) => {
                const count = cells[o]?.[t] ?? 0;
                const opacity = count ? 0.15 + 0.85 * (count / max) : 0.04;
                return (
                  <g key={theme.id} transform={`translate(${ROW_LABEL + CELL * t}, 0)`}>
                    <rect width={CELL - 2} height={CELL - 2} rx="4" fill={theme.color} fillOpacity={opacity} stroke="var(--border)" />
                    <text x={(CELL - 2) / 2} y={CELL / 2 + 3} textAnchor="middle" fontSize="12" fontWeight={count ? 700 : 400}
                      className="heatmap__count" style={countColors(theme.color, opacity)}>
                      {count || '·'}
                    </text>
                    <title>{`${org.name} × ${theme.label}: ${count} article${count === 1 ? '' : 's'}`}</title>
                  </g>
                );
              })}
            </g>
          ))}
        </svg>
      </div>
      <figcaption className="summary-figure__caption">
        Each cell counts matching articles naming the organization and carrying the theme.
        {organizations.some((org) => org.discovered) && ` ${DISCOVERED_NOTE}`}
      </figcaption>
      <ChartDataTable
        caption="Matching articles per organization and theme"
        columns={['Organization', ...themes.map((theme) => theme.shortLabel)]}
        rows={organizations.map((org, o) => [org.name, ...themes.map((_, t) => cells[o]?.[t] ?? 0)])}
      />
    </figure>
  );
}
