import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as v from 'valibot';

/** One team member's (or one service's) access: the token itself is never stored, only its SHA-256. */
const TokenRecordSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/)),
  name: v.pipe(v.string(), v.maxLength(200)),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  createdAt: v.string(),
  revokedAt: v.nullable(v.string()),
});
const TokenFileSchema = v.object({ tokens: v.array(TokenRecordSchema) });

export type TokenRecord = v.InferOutput<typeof TokenRecordSchema>;

/**
 * A token is 32 random bytes, so a plain SHA-256 is enough at rest: a slow password hash protects
 * guessable secrets, and nothing about these is guessable.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The live (not revoked) record the presented token belongs to, compared in constant time, else null. */
export function findToken(records: readonly TokenRecord[], presented: string): TokenRecord | null {
  const digest = Buffer.from(hashToken(presented), 'hex');
  let found: TokenRecord | null = null;
  // Every record is compared, so the time taken says nothing about which one, if any, matched.
  for (const record of records) {
    const equal = timingSafeEqual(digest, Buffer.from(record.sha256, 'hex'));
    if (equal && record.revokedAt === null) found = record;
  }
  return found;
}

/** The file's records; a missing file holds none. A file that is not a token file is an error naming it. */
export async function readTokenFile(path: string): Promise<TokenRecord[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${path} is not JSON: fix it or remove it and add the tokens again.`);
  }
  const result = v.safeParse(TokenFileSchema, parsed);
  if (!result.success) throw new Error(`${path} is not a token file: ${v.summarize(result.issues).split('\n')[0]}`);
  return result.output.tokens;
}

/** Written beside and renamed, readable by its owner only: a reader never sees half a file. */
async function writeTokenFile(path: string, tokens: readonly TokenRecord[]): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const scratch = `${path}.${process.pid}.tmp`;
  await writeFile(scratch, `${JSON.stringify({ tokens }, null, 2)}\n`, { mode: 0o600 });
  await rename(scratch, path);
}

/** Adds a token for `name`; the token is returned once, to be handed over, and only its hash is kept. */
export async function addToken(path: string, name: string, now: Date): Promise<{ record: TokenRecord; token: string }> {
  const tokens = await readTokenFile(path);
  const token = `srt_${randomBytes(32).toString('base64url')}`;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 30) || 'token';
  let id = slug;
  for (let n = 2; tokens.some((record) => record.id === id); n += 1) id = `${slug}-${n}`;
  const record: TokenRecord = { id, name, sha256: hashToken(token), createdAt: now.toISOString(), revokedAt: null };
  await writeTokenFile(path, [...tokens, record]);
  return { record, token };
}

/** Marks the token revoked (kept, so the file says who had access until when); false when no token has the id. */
export async function revokeToken(path: string, id: string, now: Date): Promise<boolean> {
  const tokens = await readTokenFile(path);
  if (!tokens.some((record) => record.id === id && record.revokedAt === null)) return false;
  await writeTokenFile(path, tokens.map((record) => (record.id === id && record.revokedAt === null ? { ...record, revokedAt: now.toISOString() } : record)));
  return true;
}

/**
 * The file's records as of its last change: read again when its modification time or size changes, so
 * a token added or revoked takes effect on the next request without a restart.
 */
export function watchedTokenFile(path: string): () => Promise<TokenRecord[]> {
  let seen = '';
  let records: TokenRecord[] = [];
  return async () => {
    const info = await stat(path).catch(() => null);
    const stamp = info ? `${info.mtimeMs}:${info.size}` : 'missing';
    if (stamp !== seen) {
      records = await readTokenFile(path);
      seen = stamp;
    }
    return records;
  };
}
