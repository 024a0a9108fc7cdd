// Applies the stored light/dark choice (else the system's) to <html data-theme> before the first paint,
// so a dark page never flashes white. A classic script from our own origin, run while <head> is parsed,
// which the Content-Security-Policy allows. The key and shape are zustand's persisted preferences
// (src/stores/preferences.ts); ColorSchemeToggle keeps the attribute current afterwards.
(function () {
  var stored;
  try {
    stored = JSON.parse(localStorage.getItem('steel-radar:preferences') || 'null').state.colorScheme;
  } catch {
    // No storage, or nothing valid stored: follow the system.
  }
  var system = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  document.documentElement.setAttribute('data-theme', stored === 'light' || stored === 'dark' ? stored : system);
})();
