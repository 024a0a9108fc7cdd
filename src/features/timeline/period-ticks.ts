/** Estimated width of one label character at the axis font size (12 px), and the least gap between labels. */
const LABEL_CHAR = 6.6;
const LABEL_GAP = 8;

/** Whether a period's articles are too few to read as a trend (and how many its tick says there are: "n=12", "n=1 few"). */
export const isFew = (period: { total: number; lowN: boolean }) => period.lowN && period.total > 0;
export const periodCount = (period: { total: number; lowN: boolean }) => (isFew(period) ? `n=${period.total} few` : `n=${period.total}`);

/** The wider of a tick's two lines, which is what must fit between its neighbours. */
export const widestTickLine = (period: { label: string; total: number; lowN: boolean }) => {
  const count = periodCount(period);
  return count.length > period.label.length ? count : period.label;
};

/**
 * Which period labels to write: every k-th, with k the least that keeps labels apart, and always the
 * last, dropping the one before it when they would collide. Estimated, not measured: recharts would
 * otherwise measure every label in the DOM on every redraw.
 * e.g. `labelledPeriods(['Q1 2025', 'Q2 2025', 'Q3 2025'], 30)` → `[0, 2]`
 */
export function labelledPeriods(labels: readonly string[], bandWidth: number): number[] {
  if (labels.length === 0) return [];
  const widest = Math.max(...labels.map((label) => label.length)) * LABEL_CHAR + LABEL_GAP;
  const every = Math.max(1, Math.ceil(widest / Math.max(bandWidth, 1)));
  const shown: number[] = [];
  for (let i = 0; i < labels.length; i += every) shown.push(i);
  const last = labels.length - 1;
  if (shown.at(-1) !== last) {
    if (last - shown.at(-1)! < every) shown.pop();
    shown.push(last);
  }
  return shown;
}

/** The y axis's width for its longest number (e.g. "1,250" or "250%"), estimated the same way. */
export const valueAxisWidth = (peak: number, share: boolean) => (Math.round(peak).toLocaleString('en-US').length + (share ? 1 : 0)) * LABEL_CHAR + 14;
