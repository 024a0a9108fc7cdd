// `npm run orgs`: review the organizations the ingest discovered. Lists them (from an ingest run in
// memory over data/raw, so the list is current), accepts one into the knowledge base or rejects it
// into the stop list; the next `npm run ingest` applies both.
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import type { Organization } from '../../domain/schema';
import { OrganizationSchema } from '../../domain/schema';
import { readKnowledgeBase } from '../knowledge-base';
import { inputPathsIn, StoplistSchema } from '../load-inputs';
import { runIngest } from '../run';
import { acceptedEntry, listDiscovered, withEntry, withRejected } from './review';

const HELP = `Usage:
  npm run orgs                                  list discovered organizations, most articles first
  npm run orgs -- accept <id> --type <type> [--country CC] [--parent <id>] [--name <name>] [--alias <alias>]...
                                                add it to data/organizations/reviewed.json
  npm run orgs -- reject <id>                   add its names to data/organization-stoplist.json
Options: --raw DIR (default data/raw), --data DIR (default data)`;

/** Writes beside the target and renames, so a failed write never leaves half a file. */
async function writeJson(path: string, value: unknown): Promise<void> {
  await writeFile(`${path}.tmp`, `${JSON.stringify(value, null, 2)}\n`);
  await rename(`${path}.tmp`, path);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      raw: { type: 'string', default: 'data/raw' },
      data: { type: 'string', default: 'data' },
      type: { type: 'string' },
      country: { type: 'string' },
      parent: { type: 'string' },
      name: { type: 'string' },
      alias: { type: 'string', multiple: true },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const inputs = inputPathsIn(values.data);
  const dataset = await runIngest({ rawDir: values.raw, inputs, maxFileBytes: 20e6 });
  const [command, id] = positionals;
  if (command === undefined) {
    const list = listDiscovered(dataset.organizations, dataset.articles);
    console.log(`${list.length} discovered organization(s), not reviewed:`);
    for (const { org, articles, mentions, examples } of list) {
      console.log(`\n${org.id}  ${org.name}  (${org.type}, guessed; ${org.discovered?.rule}; ${articles} article(s), ${mentions} mention(s))`);
      if (org.aliases.length) console.log(`  also written: ${org.aliases.join(' | ')}`);
      for (const sentence of examples) console.log(`  “${sentence}”`);
    }
    return 0;
  }
  const found = dataset.organizations.find((org) => org.id === id && org.discovered);
  if (!found || (command !== 'accept' && command !== 'reject')) {
    console.error(found ? HELP : `No discovered organization "${id ?? ''}" in the current articles. Run \`npm run orgs\` to list them.`);
    return 2;
  }
  if (command === 'reject') {
    const path = inputs.stoplist;
    const stoplist = v.parse(StoplistSchema, JSON.parse(await readFile(path, 'utf8')));
    await writeJson(path, { ...stoplist, names: withRejected(stoplist.names, found) });
    console.log(`Rejected ${found.name}: its names are in ${path}; the next ingest drops them.`);
    return 0;
  }
  if (!values.type) {
    console.error(`accept needs --type (the guess was "${found.type}").\n${HELP}`);
    return 2;
  }
  const entry = acceptedEntry(found, { type: values.type, country: values.country, parentId: values.parent, name: values.name, aliases: values.alias });
  const path = join(inputs.organizations, 'reviewed.json');
  const existing = await readFile(path, 'utf8').then(
    (text) => v.parse(v.array(OrganizationSchema), JSON.parse(text)),
    () => [] as Organization[],
  );
  const before = await readFile(path, 'utf8').catch(() => null);
  await writeJson(path, withEntry(existing, entry));
  try {
    readKnowledgeBase(inputs.organizations);
  } catch (error) {
    // The accepted entry clashes with the base (a parent that does not exist, a name another entry has): undo.
    if (before === null) await rm(path);
    else await writeFile(path, before);
    console.error(`Not accepted: ${(error as Error).message}`);
    return 2;
  }
  console.log(`Accepted ${entry.name} as ${entry.type} into ${path}; run \`npm run ingest\` to apply it.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exit(2);
  },
);
