/**
 * The access token a team's API asked for, kept in this browser so every page and shared link opened
 * here works with it. Never in a URL: a shared link carries the view, each reader brings their token.
 */
const KEY = 'steel-radar-api-token';

export function readAccessToken(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    // Storage refused (a private window's policy): the token lasts until the page closes.
    return sessionToken;
  }
}

let sessionToken: string | null = null;

/** Who shows whether a token is held: told when one is saved or forgotten. */
const listeners = new Set<() => void>();

export function subscribeAccessToken(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const changed = () => listeners.forEach((listener) => listener());

export function saveAccessToken(token: string): void {
  sessionToken = token;
  try {
    window.localStorage.setItem(KEY, token);
  } catch {
    // Kept for this page only, as above.
  }
  changed();
}

export function forgetAccessToken(): void {
  sessionToken = null;
  try {
    window.localStorage.removeItem(KEY);
  } catch {
    // Nothing was stored.
  }
  changed();
}
