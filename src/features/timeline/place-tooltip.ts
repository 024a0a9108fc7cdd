/** Space between the period's centre and the tooltip, so the cursor band stays visible. */
const OFFSET = 14;

/**
 * Where a tooltip `width` wide starts in a container `bound` wide: right of `anchor` if it fits, else
 * left of it, else as near the anchor as the container allows (a phone is narrower than two tooltips).
 */
export function placeTooltip(anchor: number, width: number, bound: number): number {
  if (anchor + OFFSET + width <= bound) return anchor + OFFSET;
  if (anchor - OFFSET - width >= 0) return anchor - OFFSET - width;
  return Math.max(0, Math.min(bound - width, anchor - width / 2));
}
