import { useSyncExternalStore } from 'react';
import { forgetAccessToken, readAccessToken, subscribeAccessToken } from './access-token';

interface ForgetTokenButtonProps {
  /** The team API's address, or null when the dashboard reads static files and has no token to forget. */
  apiBase: string | null;
  /** What follows forgetting: the page opens again, and the API asks for a token. */
  onForgotten: () => void;
}

/**
 * A footer line saying the data comes from a team server through this browser's token, with a button
 * that removes the token (a shared computer, a token no longer to be used here). Only on a team
 * dashboard that holds one: it would crowd the header on a phone, and a static dashboard has none.
 */
export function ForgetTokenButton({ apiBase, onForgotten }: ForgetTokenButtonProps) {
  const held = useSyncExternalStore(subscribeAccessToken, () => readAccessToken() !== null);
  if (apiBase === null || !held) return null;
  return (
    <footer className="app-footer">
      <span>This dashboard reads your team’s server with the access token kept in this browser.</span>
      <button
        type="button"
        className="button"
        onClick={() => {
          forgetAccessToken();
          onForgotten();
        }}
      >
        Forget the token
      </button>
    </footer>
  );
}
