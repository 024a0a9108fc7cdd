import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { ColorSchemeToggle } from '../components/ColorSchemeToggle';
import { ShareButton } from '../features/share/ShareButton';
import { API_BASE } from '../dataset/dataset-source';
import { ForgetTokenButton } from '../dataset/ForgetTokenButton';

export function Layout() {
  // Filters travel with the user between pages: nav links keep the current query string.
  const { search } = useLocation();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <NavLink to={{ pathname: '/', search }} className="brand" aria-label="Steel Radar home">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>Steel Radar</span>
        </NavLink>
        <nav aria-label="Main" className="app-nav">
          <NavLink to={{ pathname: '/', search }} end>
            Explore
          </NavLink>
          <NavLink to={{ pathname: '/summary', search }}>Summary</NavLink>
        </nav>
        <ShareButton />
        <ColorSchemeToggle />
      </header>
      <main id="main" className="app-main">
        <Outlet />
      </main>
      <ForgetTokenButton apiBase={API_BASE} onForgotten={() => window.location.reload()} />
    </div>
  );
}
