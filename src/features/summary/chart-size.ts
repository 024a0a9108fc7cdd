// Summary charts are drawn at one design size and scaled by CSS through their viewBox, so the same
// SVG fits a projector, a phone and a printed page without re-measuring (print gives no resize events).
export const CHART_WIDTH = 440;
