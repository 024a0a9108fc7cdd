import { afterEach, describe, expect, it } from 'vitest';
import type { ChartExportLabels, ChartPalette } from '../../src/lib/chart-export';
import { buildChartSvg, layoutChartDocument, wrapText } from '../../src/lib/chart-export';

const palette: ChartPalette = { background: '#ffffff', text: '#14202b', muted: '#4f5f6f', fontFamily: 'Inter, sans-serif' };
const labels: ChartExportLabels = {
  title: 'Articles per month, by theme',
  subtitle: 'Theme: Low-carbon policy',
  source: 'Source: Steel Radar · dataset abc123, generated 2026-01-01',
};

/** A recharts-like chart: sized by its container's CSS, a hatch pattern in <defs>, colours from a stylesheet. */
function renderChart(): SVGSVGElement {
  document.head.innerHTML = '<style>.bar { fill: #0072b2; } .tick { fill: #4f5f6f; font-size: 12px; }</style>';
  document.body.innerHTML = `
    <div>
      <svg class="recharts-surface" width="600" height="300" viewBox="0 0 600 300" style="width: 100%; height: 100%" tabindex="0">
        <title>Articles per month</title>
        <defs>
          <pattern id="hatch-ev" patternUnits="userSpaceOnUse" width="6" height="6"><line x1="0" y1="0" x2="0" y2="6" stroke="#d55e00" /></pattern>
        </defs>
        <g><rect class="bar" x="10" y="10" width="20" height="100" /></g>
        <rect x="40" y="10" width="20" height="100" fill="url(#hatch-ev)" />
        <g style="display: none"><text>hidden tooltip cursor</text></g>
        <a href="/articles/a-1?themes=ev-steel"><circle cx="5" cy="5" r="4" /></a>
        <text class="tick" x="20" y="290">May 2025</text>
      </svg>
    </div>`;
  return document.querySelector('svg')!;
}

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'image/svg+xml');

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('wrapText', () => {
  it.each([
    ['fits on one line', 'Theme: EV steel', 200, ['Theme: EV steel']],
    ['breaks between words', 'aaaa bbbb cccc', 72, ['aaaa bbbb', 'cccc']],
    ['cuts a word longer than a line', 'abcdefghijkl', 36, ['abcde', 'fghij', 'kl']],
    ['nothing for empty text', '', 100, []],
  ])('%s', (_, text, width, expected) => {
    // 12px text: 7.2px a glyph, so 72px holds 10 characters.
    expect(wrapText(text, width, 12)).toEqual(expected);
  });
});

describe('layoutChartDocument', () => {
  it('adds the padding around the chart, the title band above and the source line below', () => {
    const layout = layoutChartDocument({ width: 600, height: 300 }, labels);
    // 16 padding + 22 title + 16 subtitle + 8 gap | 300 chart | 8 gap + 16 source + 16 padding
    expect(layout).toMatchObject({ width: 632, height: 402, chart: { x: 16, y: 62, width: 600, height: 300 } });
  });

  it('rounds a fractional chart up to whole pixels', () => {
    expect(layoutChartDocument({ width: 600.4, height: 299.5 }, labels)).toMatchObject({ width: 633, height: 402 });
  });

  it('wraps legend items onto a new line when the width runs out', () => {
    const legend = Array.from({ length: 6 }, (_, i) => ({ label: `Theme number ${i}`, color: '#000000' }));
    const layout = layoutChartDocument({ width: 300, height: 100 }, { ...labels, legend });
    const rows = new Set(layout.swatches.map((swatch) => swatch.y));
    expect(rows.size).toBeGreaterThan(1);
    expect(Math.max(...layout.swatches.map((swatch) => swatch.x))).toBeLessThan(316);
    expect(layout.chart.y).toBe(16 + 22 + 16 + rows.size * 20 + 8);
  });
});

describe('buildChartSvg', () => {
  it('draws the title, filters and source line around a copy of the chart, at the layout size', () => {
    const chart = buildChartSvg(renderChart(), labels, palette);
    expect(chart).toMatchObject({ width: 632, height: 402 });
    expect(chart.svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const doc = parse(chart.svg);
    const root = doc.documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('viewBox')]).toEqual(['632', '402', '0 0 632 402']);
    const texts = [...root.children].filter((node) => node.tagName === 'text').map((node) => node.textContent);
    expect(texts).toEqual([labels.title, labels.subtitle, labels.source]);
    expect(root.querySelector('rect')?.getAttribute('fill')).toBe('#ffffff');
  });

  it('keeps <defs> and the patterns the bars point to', () => {
    const doc = parse(buildChartSvg(renderChart(), labels, palette).svg);
    expect(doc.querySelector('svg svg defs pattern#hatch-ev line')).not.toBeNull();
    expect(doc.querySelector('rect[fill="url(#hatch-ev)"]')).not.toBeNull();
  });

  it('inlines colours from the stylesheet, sizes the copy to the chart and leaves out what is hidden or links', () => {
    const doc = parse(buildChartSvg(renderChart(), labels, palette).svg);
    const copy = doc.querySelector('svg svg')!;
    expect([copy.getAttribute('x'), copy.getAttribute('y'), copy.getAttribute('width'), copy.getAttribute('height')]).toEqual(['16', '62', '600', '300']);
    expect(copy.getAttribute('style') ?? '').not.toContain('100%');
    expect(copy.hasAttribute('tabindex')).toBe(false);
    expect(copy.querySelector('.bar')?.getAttribute('style')).toContain('fill: rgb(0, 114, 178)');
    expect(copy.querySelector('.tick')?.getAttribute('style')).toContain('font-size: 12px');
    expect(copy.textContent).not.toContain('hidden tooltip cursor');
    expect(copy.querySelector('a')).toBeNull();
    expect(copy.querySelector('circle')).not.toBeNull();
  });

  it('writes labels as text, never as markup', () => {
    const hostile = { ...labels, title: '<script>alert(1)</script> & "more"', legend: [{ label: '<img src=x onerror=alert(1)>', color: '#000000' }] };
    const chart = buildChartSvg(renderChart(), hostile, palette);
    expect(chart.svg).not.toContain('<script>');
    expect(chart.svg).not.toContain('<img');
    expect(chart.svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; "more"');
    const doc = parse(chart.svg);
    expect(doc.querySelector('script')).toBeNull();
    expect([...doc.querySelectorAll('text')].map((node) => node.textContent)).toContain('<script>alert(1)</script> & "more"');
  });

  it('draws legend swatches, hatched ones with a pattern of their own', () => {
    const legend = [
      { label: 'EV steel', color: '#d55e00' },
      { label: 'estimated date', color: '#4f5f6f', hatched: true },
    ];
    const doc = parse(buildChartSvg(renderChart(), { ...labels, legend }, palette).svg);
    const swatches = [...doc.documentElement.children].filter((node) => node.tagName === 'rect').slice(1);
    expect(swatches.map((node) => node.getAttribute('fill'))).toEqual(['#d55e00', 'url(#chart-export-hatch-1)']);
    expect(doc.querySelector('svg > defs > pattern#chart-export-hatch-1 line')?.getAttribute('stroke')).toBe('#4f5f6f');
  });
});
