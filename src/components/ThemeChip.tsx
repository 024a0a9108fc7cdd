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

/** An article's themes as chips, in its own order; ids missing from the taxonomy are skipped. */
export function ThemeChipList({ ids, themesById }: { ids: readonly string[]; themesById: ReadonlyMap<string, Theme> }) {
  return (
    <ul className="chip-row" aria-label="Themes">
      {ids.map((id) => {
        const theme = themesById.get(id);
        return theme ? (
          <li key={id}>
            <ThemeChip theme={theme} />
          </li>
        ) : null;
      })}
    </ul>
  );
}
