import { fileURLToPath } from 'node:url';

/** The API's token file at the project's root (git-ignored): hashes only, readable by its owner. */
export const DEFAULT_TOKEN_FILE = fileURLToPath(new URL('../../../.api/tokens.json', import.meta.url));
