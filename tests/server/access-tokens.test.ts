import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addToken, findToken, hashToken, readTokenFile, revokeToken } from '../../src/server/api/access-tokens';

describe('access tokens at rest', () => {
  let dir: string;
  beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'steel-radar-tokens-'))));
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('keeps only hashes, owner-readable, and finds a live token by what is presented', async () => {
    const file = join(dir, 'a', 'tokens.json');
    const first = await addToken(file, 'Anna (strategy)', new Date('2026-12-05T00:00:00Z'));
    const second = await addToken(file, 'Anna (strategy)', new Date('2026-12-05T00:00:00Z'));
    expect([first.record.id, second.record.id]).toEqual(['anna-strategy', 'anna-strategy-2']);
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(first.token);
    expect(text).toContain(hashToken(first.token));
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const records = await readTokenFile(file);
    expect(findToken(records, second.token)?.id).toBe('anna-strategy-2');
    expect(findToken(records, `${second.token} `)).toBeNull();
    expect(await revokeToken(file, 'anna-strategy', new Date('2026-12-06T00:00:00Z'))).toBe(true);
    expect(await revokeToken(file, 'anna-strategy', new Date('2026-12-06T00:00:00Z'))).toBe(false);
    const after = await readTokenFile(file);
    expect(findToken(after, first.token)).toBeNull();
    expect(after.find((record) => record.id === 'anna-strategy')?.revokedAt).toBe('2026-12-06T00:00:00.000Z');
  });

  it('holds no tokens when the file is missing, and names a file that is not a token file', async () => {
    expect(await readTokenFile(join(dir, 'missing.json'))).toEqual([]);
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{"tokens": [');
    await expect(readTokenFile(broken)).rejects.toThrow(`${broken} is not JSON`);
    await writeFile(broken, '{"tokens": [{"id": "x", "sha256": "plain-text-token"}]}');
    await expect(readTokenFile(broken)).rejects.toThrow(`${broken} is not a token file`);
  });
});
