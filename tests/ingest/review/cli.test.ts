// @vitest-environment node
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDatasetFolder } from '../../fixtures/dataset-folder';

const ROOT = join(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function run(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(TSX, [script, ...args], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const ARTICLE = `Zenrock Group and Qilu University start a hydrogen steel pilot

Zenrock Group signed an agreement with Qilu University on Monday to build a hydrogen-based shaft furnace.
The Zenrock Group plant will make 50,000 tonnes of direct reduced iron a year.
`;

describe('npm run orgs', () => {
  let data: string;
  let raw: string;
  let args: string[];
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'radar-orgs-'));
    data = join(dir, 'data');
    raw = join(dir, 'raw');
    await cp(join(ROOT, 'data'), data, { recursive: true, filter: (source) => !source.includes(`${join(ROOT, 'data', 'raw')}`) });
    await writeFile(join(data, 'sources.json'), JSON.stringify({ files: {} }));
    // The shipped stop list starts this test empty, so what it asserts is the rejection it made.
    await writeFile(join(data, 'organization-stoplist.json'), JSON.stringify({ names: [] }));
    await mkdir(raw);
    await writeFile(join(raw, 'pilot.txt'), ARTICLE);
    args = ['--raw', raw, '--data', data];
  });

  // Each step is a child process running the ingest (a few seconds, ten times that on a busy machine).
  it('lists, accepts into the knowledge base and rejects into the stop list; the next ingest applies both', async () => {
    const listed = await run('src/ingest/review/cli.ts', args);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/zenrock-group {2}Zenrock Group {2}\(company, guessed; … Group; 1 article\(s\), 2 mention\(s\)\)/);
    expect(listed.stdout).toContain('“Zenrock Group signed an agreement with Qilu University on Monday to build a hydrogen-based shaft furnace.”');
    expect(listed.stdout).toMatch(/qilu-university {2}Qilu University/);

    expect((await run('src/ingest/review/cli.ts', ['accept', 'zenrock-group', '--type', 'bakery', ...args])).stderr).toMatch(/unknown type "bakery"/);
    const accepted = await run('src/ingest/review/cli.ts', ['accept', 'zenrock-group', '--type', 'steelmaker', '--country', 'CN', ...args]);
    expect(accepted.code).toBe(0);
    const reviewed = JSON.parse(await readFile(join(data, 'organizations', 'reviewed.json'), 'utf8'));
    expect(reviewed).toEqual([{ id: 'zenrock-group', name: 'Zenrock Group', type: 'steelmaker', country: 'CN', aliases: [], source: 'reviewed' }]);

    expect((await run('src/ingest/review/cli.ts', ['reject', 'qilu-university', ...args])).code).toBe(0);
    const stoplist = JSON.parse(await readFile(join(data, 'organization-stoplist.json'), 'utf8'));
    expect(stoplist.names).toEqual(['Qilu University']);

    const out = join(data, '..', 'dataset');
    expect((await run('src/ingest/cli.ts', [...args, '--out', out])).code).toBe(0);
    const dataset = readDatasetFolder(out);
    const zenrock = dataset.organizations.find((org) => org.id === 'zenrock-group');
    expect(zenrock).toMatchObject({ type: 'steelmaker', source: 'reviewed' });
    expect(zenrock?.discovered).toBeUndefined();
    expect(dataset.organizations.some((org) => org.id === 'qilu-university')).toBe(false);
    expect(dataset.articles[0]?.organizations.map((org) => org.id)).toEqual(['zenrock-group']);
  }, 240_000);
});
