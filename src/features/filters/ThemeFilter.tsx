import './filters.css';
import type { Theme } from '../../domain/schema';
import type { ExploreState } from '../../url-state/explore-url';
import type { ExploreUpdate } from '../../url-state/use-explore-url';
import { toggleId } from './toggle-id';

interface ThemeFilterProps {
  themes: Theme[];
  counts: ReadonlyMap<string, number>;
  state: ExploreState;
  update: ExploreUpdate;
}

/** One toggle per theme, in the theme's colour, with how many articles it would match. */
export function ThemeFilter({ themes, counts, state, update }: ThemeFilterProps) {
  const selected = state.filters.themes;
  return (
    <fieldset className="filter-group">
      <legend className="filter-group__title">Themes</legend>
      <div className="theme-toggles">
        {themes.map((theme) => {
          const pressed = selected.includes(theme.id);
          return (
            <button
              key={theme.id}
              type="button"
              className="theme-toggle"
              aria-pressed={pressed}
              style={{ ['--chip-color' as string]: theme.color }}
              onClick={() => update((s) => ({ ...s, filters: { ...s.filters, themes: toggleId(s.filters.themes, theme.id) } }))}
            >
              <span className="chip__swatch" aria-hidden="true" />
              <span className="theme-toggle__label">{theme.label}</span>
              <span className="chip__count" aria-label={`${counts.get(theme.id) ?? 0} articles`}>
                {counts.get(theme.id) ?? 0}
              </span>
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
