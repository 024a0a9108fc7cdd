// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain/schema';
import type { DatasetContent } from '../../src/ingest/run';
import { runIngest } from '../../src/ingest/run';
import { decodeArticleIndex } from '../../src/engine/columnar/decode-article-index';
import { writeDataset } from '../../src/ingest/write';
import { SHIPPED_DATASET, folderFiles, readDatasetFolder, readManifest } from '../fixtures/dataset-folder';
import { ROOT, SHIPPED_INPUTS } from '../fixtures/shipped-inputs';

const inputs = SHIPPED_INPUTS;
const ingest = (rawDir: string) => runIngest({ rawDir, inputs, maxFileBytes: 20e6 });
const DEBRIS = ['opens in a new tab', 'Leave a Reply', 'Spread the word', 'CATEGORIES:', 'Tel :', 'Copyright', 'ICP Business', 'Most Viewed', 'Your email address'];

describe('ingest of the five seeds', () => {
  let seeds: DatasetContent;
  const byFile = (name: string): Article => seeds.articles.find((article) => article.source.path === name)!;
  beforeAll(async () => {
    seeds = await ingest(join(ROOT, 'data/raw'));
  }, 60_000);

  it('reads every seed with its right title, publisher, URL and format', () => {
    expect(seeds.report.files.map((file) => [file.path, file.status, file.format])).toEqual([
      ['000_fa8ab69e4dd8b688.txt', 'ingested', 'text'],
      ['001_50f0fd16bd848828.txt', 'ingested', 'text'],
      ['002_5c8d53fa7e8bfccc.txt', 'ingested', 'text'],
      ['003_c7c6dbe900089e74.txt', 'ingested', 'text'],
      ['004_ff2f5edfc729615d.txt', 'ingested', 'wordpress-post'],
    ]);
    expect(byFile('003_c7c6dbe900089e74.txt')).toMatchObject({
      title: 'Metallurgical innovation alliance formed in Shanghai',
      titleOrigin: 'source',
      publisher: 'e-works Global',
      url: 'http://www.eworksglobal.com/View/Article/NewsDetail.aspx?id=15105',
    });
    expect(byFile('004_ff2f5edfc729615d.txt').title).toBe(
      'Baogang Group’s Breakthrough in Magnesium-Aluminum Coated Dual-Phase Steel Accelerates Into China’s EV Supply Chain',
    );
    expect(byFile('002_5c8d53fa7e8bfccc.txt').titleOrigin).toBe('derived');
  });

  it('dates each seed with honest precision and confidence', () => {
    const dates = Object.fromEntries(seeds.articles.map((a) => [a.source.path.slice(0, 3), a.publishedAt && [a.publishedAt.value, a.publishedAt.precision, a.publishedAt.confidence]]));
    expect(dates).toEqual({
      '000': ['2025-05', 'month', 'estimated'],
      '001': ['2025', 'year', 'estimated'],
      '002': ['2025-04', 'month', 'estimated'],
      '003': ['2021-11', 'month', 'confirmed'],
      '004': ['2025-04-30', 'day', 'confirmed'],
    });
  });

  it('resolves organizations through aliases and the publisher’s tags, never counting the publisher', () => {
    const orgs = (name: string) => byFile(name).organizations.map((org) => org.id);
    expect(orgs('000_fa8ab69e4dd8b688.txt')).toEqual(expect.arrayContaining(['baogang-group', 'ecust', 'cisri']));
    expect(orgs('002_5c8d53fa7e8bfccc.txt')).toEqual(expect.arrayContaining(['china-northern-rare-earth', 'baogang-electric', 'cisa']));
    expect(orgs('003_c7c6dbe900089e74.txt')).toEqual(expect.arrayContaining(['china-baowu', 'glcmia']));
    expect(orgs('003_c7c6dbe900089e74.txt')).not.toContain('baogang-group');
    expect(orgs('003_c7c6dbe900089e74.txt')).not.toContain('accenture');
    expect(byFile('004_ff2f5edfc729615d.txt').organizations.find((org) => org.id === 'byd')?.fromPublisherTag).toBe(true);
    // The publisher is never a mention of itself; a newspaper the article cites is recorded as cited, with the sentence.
    for (const article of seeds.articles) expect(article.organizations.map((org) => org.id)).not.toContain('rare-earth-exchanges');
    expect(byFile('004_ff2f5edfc729615d.txt').organizations.find((org) => org.id === 'baogang-daily')?.evidence?.[0]).toMatch(/Baogang Daily/);
  });

  it('carries the organizations its articles name and the groups above them, not the whole knowledge base', () => {
    const carried = new Map(seeds.organizations.map((org) => [org.id, org]));
    const named = new Set(seeds.articles.flatMap((a) => [...a.organizations.map((org) => org.id), ...a.figures.flatMap((f) => f.claimant?.id ?? []), ...a.people.flatMap((p) => p.organizationId ?? [])]));
    for (const id of named) {
      expect(carried.has(id), id).toBe(true);
      // Its parent chain too, so roll-up works.
      for (let parent = carried.get(id)?.parentId; parent; parent = carried.get(parent)?.parentId) expect(carried.has(parent), `${id} → ${parent}`).toBe(true);
    }
    const ancestors = new Set(seeds.organizations.flatMap((org) => org.parentId ?? []));
    for (const id of carried.keys()) expect(named.has(id) || ancestors.has(id), id).toBe(true);
    expect(carried.has('vattenfall')).toBe(false);
    // Five articles name a few dozen at most, of a base of a thousand.
    expect(seeds.organizations.length).toBeLessThan(50);
  });

  it('extracts themes with evidence, people, highlights, figures and events', () => {
    const motors = byFile('002_5c8d53fa7e8bfccc.txt');
    expect(motors.themes.map((theme) => theme.id)).toEqual(expect.arrayContaining(['repm-motors', 'rare-earth-supply-chain']));
    // Each theme's evidence: words of the article, each in the sentence quoted for it.
    for (const { evidence } of motors.themes) {
      expect(evidence.length).toBeGreaterThan(0);
      for (const { term, sentence } of evidence) expect(sentence).toContain(term);
    }
    expect(byFile('003_c7c6dbe900089e74.txt').themes.map((theme) => theme.id)).toEqual(['low-carbon-policy']);
    const first = byFile('000_fa8ab69e4dd8b688.txt');
    expect(first.people).toContainEqual(expect.objectContaining({ name: 'Meng Fanying', role: 'Chairwoman', organizationId: 'baogang-group' }));
    expect(first.highlights).toMatchObject({ method: 'source' });
    expect(first.events.map((e) => [e.date.value, e.date.confidence])).toEqual([['2025-05-13', 'estimated'], ['2025-05-14', 'estimated']]);
    const alliance = byFile('003_c7c6dbe900089e74.txt');
    expect(alliance.figures.map((f) => f.value)).toEqual(expect.arrayContaining([62, 15, 35_000_000]));
    expect(alliance.events.filter((e) => e.kind === 'target').map((e) => e.date.value)).toEqual(['2023', '2050']);
  });

  it('leaves no page debris anywhere in the dataset', () => {
    const text = JSON.stringify(seeds.articles);
    for (const debris of DEBRIS) expect(text).not.toContain(debris);
    expect(text).toContain('(ECUST)');
  });

  it('is deterministic: two runs give the same content, and the shipped dataset is current', async () => {
    const again = await ingest(join(ROOT, 'data/raw'));
    expect(JSON.stringify(again)).toBe(JSON.stringify(seeds));
    expect(readManifest(SHIPPED_DATASET).datasetVersion).toBe(seeds.datasetVersion);
  });
});

describe('ingest of a folder with bad files', () => {
  let dir: string;
  let content: DatasetContent;
  let heapGrowth: number;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'radar-raw-'));
    const fixtures = join(ROOT, 'tests/fixtures/raw');
    for (const name of await readdir(fixtures)) await copyFile(join(fixtures, name), join(dir, name));
    await copyFile(join(ROOT, 'data/raw/004_ff2f5edfc729615d.txt'), join(dir, 'seed-copy.json'));
    // The same post again under a tracking-parameter URL: one article, not two.
    const post = JSON.parse(await readFile(join(dir, 'seed-copy.json'), 'utf8'));
    post.link = `${post.link}?utm_source=newsletter&utm_medium=email`;
    await writeFile(join(dir, 'seed-copy-tracked.json'), JSON.stringify(post));
    // 200 MB that take no disk: a sparse file, refused on its size before a byte is read.
    await writeFile(join(dir, 'huge-200mb.txt'), 'Steel\n');
    await truncate(join(dir, 'huge-200mb.txt'), 200e6);
    const before = process.memoryUsage();
    content = await ingest(dir);
    heapGrowth = process.memoryUsage().rss - before.rss;
  }, 60_000);

  it('reports each unreadable file by path and reason and still ingests the rest', () => {
    const failed = Object.fromEntries(content.report.files.filter((f) => f.status === 'failed').map((f) => [f.path, f.reason]));
    expect(Object.keys(failed).sort()).toEqual(['binary.bin', 'broken.xml', 'empty.txt', 'feed-truncated-cdata.xml', 'huge-200mb.txt', 'truncated.json']);
    expect(failed['truncated.json']).toMatch(/JSON/);
    expect(failed['empty.txt']).toMatch(/empty/);
    expect(failed['feed-truncated-cdata.xml']).toMatch(/ends inside a CDATA section/);
    expect(failed['huge-200mb.txt']).toBe('file is 200.0 MB, over the 20 MB limit (raise it with --max-file-mb)');
    // Reading the 200 MB file would add 200 MB or more; the ingest's own working set (knowledge base, name
    // patterns, theme model) adds 95–125 MB, as the collector happens to run: well under that either way.
    expect(heapGrowth).toBeLessThan(170e6);
    const formats = new Set(content.report.files.filter((f) => f.status === 'ingested').map((f) => f.format));
    expect(formats).toEqual(new Set(['wordpress-posts', 'wordpress-post', 'rss', 'atom', 'html', 'text']));
  });

  it('reports every encoding repair and doubt against its file', () => {
    const warnings = (path: string) => content.report.warnings.filter((warning) => warning.path === path).map((warning) => warning.message);
    expect(warnings('mojibake-windows-1252.txt')).toContainEqual(expect.stringMatching(/^repaired 7 garbled/));
    expect(warnings('mojibake-lossy.txt')).toContainEqual(expect.stringMatching(/could not be repaired with confidence/));
    expect(warnings('utf8-with-1252-quotes.txt')).toContainEqual(expect.stringMatching(/not valid UTF-8 in otherwise UTF-8 text/));
    expect(warnings('gb2312-declared-utf8.html')).toContainEqual(expect.stringMatching(/declared encoding gb2312/));
    expect(JSON.stringify(content.articles)).not.toMatch(/â€™|โ€™|Ã©/);
  });

  it('says which pages read as a language other than English, as their themes may be missing', () => {
    const language = content.report.warnings.filter((warning) => /^the text reads as/.test(warning.message)).map(({ path, message }) => [path, message]);
    expect(language).toEqual([['gb2312-declared-utf8.html', 'the text reads as Chinese; themes are tagged from English words, so it may lack themes it has']]);
  });

  it('keeps every item of a feed whose values are odd: an unreadable date is unknown, a phone number no event', () => {
    const file = content.report.files.find((f) => f.path === 'feed-odd-values.xml');
    expect(file).toMatchObject({ status: 'ingested' });
    const episodes = content.articles.filter((a) => a.source.path === 'feed-odd-values.xml');
    expect(episodes.map((a) => a.publishedAt?.value ?? null).sort()).toEqual(['2025-03-04', '2025-03-18', null]);
    expect(episodes.flatMap((a) => a.events.map((e) => e.date.value))).not.toContainEqual(expect.stringMatching(/^(?!19|20)/));
    expect(content.report.warnings).toContainEqual(expect.objectContaining({ path: 'feed-odd-values.xml', message: 'unreadable date in the file: "031231"' }));
  });

  it('merges the same article reached under a tracking URL', () => {
    expect(content.report.duplicates).toContainEqual(expect.objectContaining({ droppedPath: 'seed-copy.json', reason: 'same GUID' }));
    expect(content.articles.filter((a) => a.title.startsWith('Baogang Group’s Breakthrough'))).toHaveLength(1);
  });

  it('never lets a non-http link into the dataset and validates on write', async () => {
    for (const article of content.articles) if (article.url) expect(article.url).toMatch(/^https?:\/\//);
    const out = join(dir, 'out', 'dataset');
    expect((await writeDataset(out, content, new Date('2026-01-01T00:00:00Z'))).outcome).toBe('written');
  });
});

describe('the ingest CLI', () => {
  it('writes the dataset folder: an index the app decodes, the bodies beside it, and the manifest', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'radar-folder-')), 'seeds');
    const result = spawnSync('npx', ['tsx', 'src/ingest/cli.ts', '--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    const bytes = await readFile(join(out, 'index.bin'));
    const index = decodeArticleIndex(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    expect(index.header.count).toBe(5);
    expect(index.card(index.indexOf(index.card(0).id)).title).toBe(index.card(0).title);
    const bodies = JSON.parse(await readFile(join(out, 'bodies', '0.json'), 'utf8')) as Article[];
    expect(bodies.map((article) => article.title)).toContain('Metallurgical innovation alliance formed in Shanghai');
    expect(readManifest(out)).toMatchObject({ datasetVersion: index.header.envelope.datasetVersion, articles: 5 });
  }, 60_000);

  it('exits 1 when some files fail, names them, and writes the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'radar-cli-'));
    await copyFile(join(ROOT, 'data/raw/003_c7c6dbe900089e74.txt'), join(dir, '003_c7c6dbe900089e74.txt'));
    await writeFile(join(dir, 'broken.json'), '{"title": {"rendered": "Half');
    const out = join(await mkdtemp(join(tmpdir(), 'radar-out-')), 'dataset');
    const result = spawnSync('npx', ['tsx', 'src/ingest/cli.ts', '--raw', dir, '--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/FAILED .*broken\.json: invalid JSON/);
    expect(readDatasetFolder(out).articles).toHaveLength(1);
  }, 60_000);

  it('exits 2 and keeps the last good dataset when nothing can be read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'radar-cli-'));
    await writeFile(join(dir, 'empty.txt'), '');
    const out = join(await mkdtemp(join(tmpdir(), 'radar-out-')), 'dataset');
    await mkdir(out);
    await writeFile(join(out, 'manifest.json'), 'last good');
    const result = spawnSync('npx', ['tsx', 'src/ingest/cli.ts', '--raw', dir, '--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(folderFiles(out)).toEqual({ 'manifest.json': Buffer.from('last good').toString('base64') });
  }, 60_000);
});
