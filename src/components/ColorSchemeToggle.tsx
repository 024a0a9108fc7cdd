import { useEffect, useSyncExternalStore } from 'react';
import { usePreferences } from '../stores/preferences';

const query = '(prefers-color-scheme: dark)';
const subscribe = (notify: () => void) => {
  const media = window.matchMedia?.(query);
  media?.addEventListener('change', notify);
  return () => media?.removeEventListener('change', notify);
};
const systemPrefersDark = () => window.matchMedia?.(query).matches ?? false;

/**
 * Switches light/dark and applies it to <html data-theme>, where the CSS tokens pick it up.
 * public/color-scheme.js applies the same choice before the first paint.
 */
export function ColorSchemeToggle() {
  const { colorScheme, setColorScheme } = usePreferences();
  const systemDark = useSyncExternalStore(subscribe, systemPrefersDark, () => false);
  const effective = colorScheme ?? (systemDark ? 'dark' : 'light');

  useEffect(() => {
    document.documentElement.dataset.theme = effective;
  }, [effective]);

  const next = effective === 'dark' ? 'light' : 'dark';
  return (
    <button type="button" className="icon-button" onClick={() => setColorScheme(next)} aria-label={`Switch to ${next} theme`}>
      <span aria-hidden="true">{effective === 'dark' ? '☀' : '☾'}</span>
    </button>
  );
}
