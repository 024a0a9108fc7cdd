import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { PanelState } from '../components/PanelState';
import { saveAccessToken } from './access-token';

interface AccessTokenFormProps {
  /** Why the server refused: no token yet, or one it does not accept. */
  message: string;
  advice: string;
  /** Called once the token is kept, to open the dataset with it. */
  onToken: () => void;
}

/**
 * Asks for the access token a team's data server wants. The token stays in this browser, so shared
 * links opened here work with it; it never goes into a link.
 */
export function AccessTokenForm({ message, advice, onToken }: AccessTokenFormProps) {
  const [token, setToken] = useState('');
  const inputId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!token.trim()) return;
    saveAccessToken(token.trim());
    onToken();
  };
  return (
    <PanelState kind="error" title={message}>
      <p>{advice}</p>
      <form className="access-token" onSubmit={submit}>
        <label htmlFor={inputId}>Access token</label>
        <input id={inputId} className="input" type="password" autoComplete="off" spellCheck={false} value={token} onChange={(event) => setToken(event.target.value)} />
        <button type="submit" className="button" disabled={!token.trim()}>
          Open the dataset
        </button>
      </form>
    </PanelState>
  );
}
