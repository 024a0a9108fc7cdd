/**
 * A rendered chart as a file: a standalone SVG document (title band on top, source line below, the
 * chart's CSS resolved into inline styles) and a PNG drawn from it. An exported SVG has no stylesheet,
 * so every colour or font that came from CSS, CSS variables included, is copied as a concrete value.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** PNGs are drawn at twice the CSS size: sharp on high-density screens and when a slide is enlarged. */
export const CHART_EXPORT_SCALE = 2;

export interface ChartLegendItem {
  label: string;
  /** Any CSS colour the caller has resolved, e.g. `#0072b2` or `rgb(11, 95, 138)`. */
  color: string;
  /** Drawn hatched, like bars for articles with an estimated date. */
  hatched?: boolean;
}

export interface ChartExportLabels {
  title: string;
  /** The active filters in words. */
  subtitle: string;
  source: string;
  /** HTML legends sit outside the chart's <svg>: without these the exported colours mean nothing. */
  legend?: readonly ChartLegendItem[];
}

/** Concrete colours and font of the page the chart is on, so the file looks like the screen. */
export interface ChartPalette {
  background: string;
  text: string;
  muted: string;
  fontFamily: string;
}

export interface ChartDocument {
  /** The SVG file's text. */
  svg: string;
  /** Size in CSS pixels, whole numbers. */
  width: number;
  height: number;
}

interface TextStyle {
  size: number;
  line: number;
  weight: number;
}

const PAD = 16;
const GAP = 8;
const STYLE = {
  title: { size: 16, line: 22, weight: 700 },
  subtitle: { size: 12, line: 16, weight: 400 },
  legend: { size: 12, line: 20, weight: 400 },
  source: { size: 11, line: 16, weight: 400 },
} satisfies Record<string, TextStyle>;
type TextRole = keyof typeof STYLE;
/**
 * Text is wrapped on an estimated glyph width (a share of the font size), not a measured one, so the
 * layout is the same in every browser and in tests; 0.6 is wider than the average glyph of sans fonts.
 */
const GLYPH_WIDTH = 0.6;
const SWATCH = 10;
const SWATCH_GAP = 4;
const ITEM_GAP = 16;

/** Greedy word wrap to an estimated width; a word longer than a line (a URL) is cut. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const perLine = Math.max(1, Math.floor(maxWidth / (fontSize * GLYPH_WIDTH)));
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => word.match(new RegExp(`.{1,${perLine}}`, 'gu')) ?? []);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > perLine && line) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** Where the chart's own <svg> goes. */
  chart: { x: number; y: number; width: number; height: number };
  texts: { role: TextRole; text: string; x: number; y: number }[];
  swatches: { item: ChartLegendItem; x: number; y: number }[];
}

const baseline = (top: number, style: TextStyle) => top + (style.line + style.size * 0.7) / 2;

/**
 * Where each part of the exported document goes: title, filters, legend, the chart at its on-screen
 * size, the source line. e.g. a 600×300 chart with one-line title, subtitle and source → 632×410.
 */
export function layoutChartDocument(chart: { width: number; height: number }, labels: ChartExportLabels): ChartLayout {
  const chartWidth = Math.ceil(chart.width);
  const chartHeight = Math.ceil(chart.height);
  const texts: ChartLayout['texts'] = [];
  const swatches: ChartLayout['swatches'] = [];
  let y = PAD;
  const block = (text: string, role: TextRole) => {
    const style = STYLE[role];
    for (const line of wrapText(text, chartWidth, style.size)) {
      texts.push({ role, text: line, x: PAD, y: baseline(y, style) });
      y += style.line;
    }
  };

  block(labels.title, 'title');
  block(labels.subtitle, 'subtitle');
  if (labels.legend?.length) {
    const style = STYLE.legend;
    let x = PAD;
    for (const item of labels.legend) {
      const width = SWATCH + SWATCH_GAP + item.label.length * style.size * GLYPH_WIDTH;
      if (x > PAD && x + width > PAD + chartWidth) {
        x = PAD;
        y += style.line;
      }
      swatches.push({ item, x, y: y + (style.line - SWATCH) / 2 });
      texts.push({ role: 'legend', text: item.label, x: x + SWATCH + SWATCH_GAP, y: baseline(y, style) });
      x += width + ITEM_GAP;
    }
    y += style.line;
  }
  y += GAP;
  const chartBox = { x: PAD, y, width: chartWidth, height: chartHeight };
  y += chartHeight + GAP;
  block(labels.source, 'source');
  return { width: chartWidth + 2 * PAD, height: y + PAD, chart: chartBox, texts, swatches };
}

/** Presentation that inherits: copied only where it differs from the parent's, which keeps the file small. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
];

/** Some browsers resolve `url(#id)` against the page's address; in a standalone file it must stay local. */
const localUrl = (value: string) => value.replace(/url\((['"]?)[^)'"]*?(#[^)'"]+)\1\)/g, 'url($2)');

/** A deep copy of the chart with its computed presentation inlined, hidden parts and links left out. */
function cloneWithComputedStyles(source: SVGSVGElement): SVGSVGElement {
  const clone = source.cloneNode(true) as SVGSVGElement;
  // The surface's own style sizes it to its container (width: 100%), which would override the export's size.
  clone.removeAttribute('style');
  const view = source.ownerDocument.defaultView;
  if (!view) return clone;
  const originals = [source, ...source.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const computed = new Map(originals.map((node) => [node, view.getComputedStyle(node)]));
  const hidden: Element[] = [];
  originals.forEach((node, i) => {
    const style = computed.get(node);
    const copy = copies[i];
    if (!style || !(copy instanceof view.SVGElement)) return;
    if (style.display === 'none') {
      hidden.push(copy);
      return;
    }
    const parent = node === source || !node.parentElement ? undefined : computed.get(node.parentElement);
    for (const property of [...INHERITED, 'opacity']) {
      const value = style.getPropertyValue(property);
      // Opacity does not inherit: it only needs copying where it is not the initial 1.
      const unchanged = property === 'opacity' ? '1' : parent?.getPropertyValue(property);
      if (value && value !== unchanged) {
        copy.style.setProperty(property, localUrl(value));
        copy.removeAttribute(property);
      } else if (copy.getAttribute(property)?.includes('var(')) {
        // Without the page's stylesheet a variable means nothing; the value it had is inherited anyway.
        copy.removeAttribute(property);
      }
    }
  });
  for (const node of hidden) node.remove();
  // Links inside the chart point into the app (relative URLs): in a file they would lead nowhere.
  for (const link of [...clone.querySelectorAll('a')]) {
    const group = source.ownerDocument.createElementNS(SVG_NS, 'g');
    for (const attribute of ['class', 'style']) {
      const value = link.getAttribute(attribute);
      if (value) group.setAttribute(attribute, value);
    }
    group.append(...link.childNodes);
    link.replaceWith(group);
  }
  return clone;
}

/** The chart's size on screen; outside a layout engine (tests), its width and height attributes. */
function chartSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getBoundingClientRect();
  if (box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  const width = Number.parseFloat(svg.getAttribute('width') ?? '');
  const height = Number.parseFloat(svg.getAttribute('height') ?? '');
  if (width > 0 && height > 0) return { width, height };
  throw new Error('The chart has no size to export');
}

/** A standalone SVG document of the chart with its title, filters, legend and source drawn in. */
export function buildChartSvg(source: SVGSVGElement, labels: ChartExportLabels, palette: ChartPalette): ChartDocument {
  const doc = source.ownerDocument;
  const size = chartSize(source);
  const layout = layoutChartDocument(size, labels);
  const element = (name: string, attributes: Record<string, string | number>) => {
    const node = doc.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    return node;
  };

  const root = element('svg', {
    width: layout.width,
    height: layout.height,
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    'font-family': palette.fontFamily,
  });
  root.append(element('rect', { width: layout.width, height: layout.height, fill: palette.background }));

  const defs = element('defs', {});
  layout.swatches.forEach(({ item, x, y }, i) => {
    let fill = item.color;
    if (item.hatched) {
      const id = `chart-export-hatch-${i}`;
      const pattern = element('pattern', { id, patternUnits: 'userSpaceOnUse', width: 4, height: 4, patternTransform: 'rotate(45)' });
      pattern.append(element('line', { x1: 0, y1: 0, x2: 0, y2: 4, stroke: item.color, 'stroke-width': 2 }));
      defs.append(pattern);
      fill = `url(#${id})`;
    }
    root.append(element('rect', { x, y, width: SWATCH, height: SWATCH, rx: 2, fill, stroke: palette.muted, 'stroke-width': 0.5 }));
  });
  if (defs.hasChildNodes()) root.prepend(defs);

  for (const { role, text, x, y } of layout.texts) {
    const style = STYLE[role];
    const node = element('text', {
      x,
      y,
      fill: role === 'subtitle' || role === 'source' ? palette.muted : palette.text,
      'font-size': style.size,
      'font-weight': style.weight,
    });
    // textContent, never markup: a title such as `<script>` is serialized as escaped text.
    node.textContent = text;
    root.append(node);
  }

  const chart = cloneWithComputedStyles(source);
  // The chart keeps its exact on-screen size; only the document around it is rounded to whole pixels.
  for (const [key, value] of Object.entries({ x: layout.chart.x, y: layout.chart.y, width: size.width, height: size.height })) {
    chart.setAttribute(key, String(value));
  }
  if (!chart.hasAttribute('viewBox')) chart.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
  chart.removeAttribute('tabindex');
  root.append(chart);

  const xml = new XMLSerializer().serializeToString(root);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`, width: layout.width, height: layout.height };
}

/**
 * The document as a PNG at `scale`× its CSS size. The SVG is loaded as an image from a blob: URL,
 * so the page's Content Security Policy must allow `img-src blob:`.
 */
export async function renderChartPng(chart: ChartDocument, scale = CHART_EXPORT_SCALE): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([chart.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode().catch((cause: unknown) => {
      throw new Error('the browser would not draw the chart as an image', { cause });
    });
    const canvas = document.createElement('canvas');
    canvas.width = chart.width * scale;
    canvas.height = chart.height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, chart.width, chart.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas could not be encoded as PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
