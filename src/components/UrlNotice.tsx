import { useLocation, useNavigate } from 'react-router-dom';
import type { UrlNoticeState } from '../url-state/use-explore-url';

/** Tells the user, once, which parts of the link they opened were ignored. */
export function UrlNotice() {
  const location = useLocation();
  const navigate = useNavigate();
  const ignored = (location.state as UrlNoticeState | null)?.ignored;
  if (!ignored?.length) return null;
  const dismiss = () => void navigate({ pathname: location.pathname, search: location.search, hash: location.hash }, { replace: true, state: null });
  return (
    <div className="notice notice--warning url-notice" role="status">
      <p>
        <strong>Part of this link was ignored:</strong> {ignored.slice(0, 8).join('; ')}
        {ignored.length > 8 ? `; and ${ignored.length - 8} more` : ''}. The view shows the rest.
      </p>
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={dismiss}>
        ×
      </button>
    </div>
  );
}
