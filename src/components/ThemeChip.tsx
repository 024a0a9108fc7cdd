import type { Theme } from '../domain/schema';

/** A theme's chip: the theme's colour as a swatch beside its label, so colour is never the only cue. */
export function ThemeChip({ theme }: { theme: Pick<Theme, 'id' | 'shortLabel' | 'label' | 'color'> }) {
  return (
    <span className="chip chip--theme" title={theme.label} style={{ ['--chip-color' as string]: theme.color }}>
      <span className="chip__swatch" aria-hidden="true" />
      {theme.shortLabel}
    </span>
  );
}
