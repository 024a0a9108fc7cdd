import type { ReactNode } from 'react';
import { useRef, useState } from 'react';
import type { Dataset } from '../../domain/schema';
import type { ChartLegendItem, ChartPalette } from '../../lib/chart-export';
import { buildChartSvg, renderChartPng } from '../../lib/chart-export';
import { downloadBlob, fileDate } from '../../lib/download';
import './chart-frame.css';

interface ChartFrameProps {
  title: string;
  /** The active filters in words, drawn under the title. */
  subtitle: string;
  dataset: Pick<Dataset, 'datasetVersion' | 'generatedAt'>;
  /** Colours may be CSS values such as `var(--accent)`: they are resolved when exporting. */
  legend?: readonly ChartLegendItem[];
  /** False while the frame shows a table or an empty state instead of a chart. */
  exportable: boolean;
  children: ReactNode;
}

type Format = 'png' | 'svg';

/** The computed value of a CSS colour (variables and color-mix included) where the chart is drawn. */
function resolveColor(value: string, within: HTMLElement): string {
  const probe = within.ownerDocument.createElement('span');
  probe.style.color = value;
  within.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color || value;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

/** A chart with "PNG" and "SVG" buttons that save it with its title, filters, legend and source drawn in. */
export function ChartFrame({ title, subtitle, dataset, legend = [], exportable, children }: ChartFrameProps) {
  const chartRef = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const handleExport = async (format: Format) => {
    const container = chartRef.current;
    // A recharts legend draws its icons as small <svg>s of their own, in an HTML wrapper.
    const svg = container && [...container.querySelectorAll('svg')].find((node) => !node.closest('.recharts-legend-wrapper'));
    if (!container || !svg) return;
    setBusy(true);
    setError(null);
    try {
      // The file is drawn in the colours of the current light or dark theme, as the chart is on screen.
      const palette: ChartPalette = {
        background: resolveColor('var(--surface)', container),
        text: resolveColor('var(--text)', container),
        muted: resolveColor('var(--text-muted)', container),
        fontFamily: getComputedStyle(container).fontFamily,
      };
      const source = `Source: Steel Radar · dataset ${dataset.datasetVersion}, generated ${dataset.generatedAt.slice(0, 10)}`;
      const resolvedLegend = legend.map((item) => ({ ...item, color: resolveColor(item.color, container) }));
      const chart = buildChartSvg(svg, { title, subtitle, source, legend: resolvedLegend }, palette);
      const blob = format === 'svg' ? new Blob([chart.svg], { type: 'image/svg+xml' }) : await renderChartPng(chart);
      downloadBlob(blob, `steel-radar-${slug(title)}-${fileDate(new Date())}.${format}`);
    } catch (cause) {
      setError(`The ${format.toUpperCase()} could not be made: ${cause instanceof Error ? cause.message : String(cause)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="chart-frame">
      {exportable && (
        <div className="chart-frame__export" role="group" aria-label="Download the chart">
          <span className="chart-frame__label" aria-hidden="true">
            Download chart
          </span>
          {(['png', 'svg'] as const).map((format) => (
            <button
              key={format}
              type="button"
              className="button"
              disabled={busy}
              aria-label={`Download ${title} as ${format.toUpperCase()}`}
              onClick={() => void handleExport(format)}
            >
              {format.toUpperCase()}
            </button>
          ))}
          {error && (
            <p className="chart-frame__error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
      <div ref={chartRef} className="chart-frame__chart">
        {children}
      </div>
    </div>
  );
}
