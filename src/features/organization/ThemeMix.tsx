import { ThemeChip } from '../../components/ThemeChip';
import type { OrganizationProfile } from '../../engine/contract';

/** How many of its articles carry each theme, as bars in the theme's colour with the number beside. */
export function ThemeMix({ themeMix, total }: { themeMix: OrganizationProfile['themeMix']; total: number }) {
  return (
    <section className="org-section" aria-labelledby="org-themes-title">
      <h2 id="org-themes-title" className="org-section-title">
        Theme mix
      </h2>
      {themeMix.length === 0 ? (
        <p className="org-muted">None of its articles reached a theme's threshold.</p>
      ) : (
        <>
          <p className="org-muted">
            {total === 1 ? 'Of its one article' : `Of its ${total.toLocaleString('en-US')} articles (an article can carry several themes)`}:
          </p>
          <ul className="org-bars">
            {themeMix.map(({ theme, count }) => (
              <li key={theme.id} className="org-bars__row">
                <ThemeChip theme={theme} />
                <span className="org-bars__track" aria-hidden="true">
                  <span className="org-bars__bar" style={{ width: `${(count / total) * 100}%`, background: theme.color }} />
                </span>
                <span className="org-bars__count">
                  {count.toLocaleString('en-US')} {count === 1 ? 'article' : 'articles'}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
