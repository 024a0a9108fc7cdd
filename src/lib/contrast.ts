/** WCAG 2 contrast between colours, to decide where a palette colour needs an outline or a label. */

/** The surfaces charts are drawn on, as `--surface` in src/styles/global.css sets them. */
export const CHART_SURFACES = { light: '#ffffff', dark: '#16212b' } as const;
export type ColorSchemeName = keyof typeof CHART_SURFACES;

/** Non-text contrast a graphic needs to be seen against its background (WCAG 1.4.11). */
export const MIN_GRAPHIC_CONTRAST = 3;

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The contrast ratio of two `#rrggbb` colours, from 1 to 21.
 * @example contrastRatio('#88ccee', '#ffffff') // ≈ 1.8
 */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The colour schemes on whose chart surface `color` falls below 3:1. */
export function lowContrastSchemes(color: string): ColorSchemeName[] {
  return (Object.keys(CHART_SURFACES) as ColorSchemeName[]).filter((scheme) => contrastRatio(color, CHART_SURFACES[scheme]) < MIN_GRAPHIC_CONTRAST);
}

/**
 * Black or white, whichever contrasts more with `color`: always at least 4.58:1, since the two
 * ratios cross at that value, so a number on any cell colour reads as text (WCAG 1.4.3).
 */
export const textColorOn = (color: string): '#000000' | '#ffffff' =>
  contrastRatio(color, '#ffffff') > contrastRatio(color, '#000000') ? '#ffffff' : '#000000';

const hex = (n: number) => Math.round(n).toString(16).padStart(2, '0');

/**
 * The colour a fill of `color` at `opacity` shows over `background` (sRGB compositing, as browsers do).
 * @example blend('#000000', 0.5, '#ffffff') // '#808080'
 */
export function blend(color: string, opacity: number, background: string): string {
  const channel = (value: string, start: number) => parseInt(value.slice(start, start + 2), 16);
  return `#${[1, 3, 5].map((start) => hex(channel(color, start) * opacity + channel(background, start) * (1 - opacity))).join('')}`;
}

/** Whether a palette colour needs a casing to stand out on some chart surface. */
export const needsCasing = (color: string) => lowContrastSchemes(color).length > 0;
