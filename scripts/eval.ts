// `npm run eval -- --texts eval/texts`: ingests the evaluation articles as a user would (a text file
// each, its URL and publisher in the sources manifest) and scores themes and organizations against
// eval/labels.json, per split: the splits tuned on and fitted on (Amendments 4, 6–10), and the
// held-out set holdout32 (reported, never tuned or fitted on: --details and --out never show it, and
// --skip-held-out leaves it out of a run made while tuning).
import { parseArgs } from 'node:util';
import type { Article, Organization } from '../src/domain/schema';
import { stableHash } from '../src/ingest/ids';
import { inputPathsIn, loadInputs } from '../src/ingest/load-inputs';
import { writeDataset } from '../src/ingest/write';
import { claimantAgreement } from './eval/claimants';
import { ingestLabelled, labelledWithTexts, unreadLabels, unscoredLabels } from './eval/ingest-labelled';
import type { Counts, FoundName } from './eval/score';
import { addCounts, HELD_OUT, matchNames, nameKey, NO_COUNTS, scores, SPLITS, themeCounts } from './eval/score';

const { values } = parseArgs({
  options: {
    texts: { type: 'string', default: 'eval/texts' },
    labels: { type: 'string', default: 'eval/labels.json' },
    // Who states each of a sample of key figures (eval/CLAIMANTS.md).
    claimants: { type: 'string', default: 'eval/claimants.json' },
    data: { type: 'string', default: 'data' },
    details: { type: 'boolean', default: false },
    // Writes the ingested evaluation articles as a dataset folder, to look at them in the dashboard (?dataset=…/index.bin):
    // the tuning splits only, since browsing a held-out set's organizations would tell whoever tunes what it holds.
    out: { type: 'string' },
    // Leaves the held-out set out altogether: while tuning, a run must not measure it again.
    'skip-held-out': { type: 'boolean', default: false },
  },
});

const labelled = await labelledWithTexts(values.labels, values.texts);
const present = values['skip-held-out'] ? labelled.filter((label) => !HELD_OUT.has(label.split)) : labelled;
const fitted = new Set((await loadInputs(inputPathsIn(values.data))).themeModel.trainedOn.splits);
const dataset = await ingestLabelled(present, values.texts, values.data);
const unscored = unscoredLabels(present, dataset.articles, dataset.report.duplicates);
if (unscored.length) {
  console.error(`Labels without an article of their own (keep one label per article):\n${unscored.map((line) => `  ${line}`).join('\n')}`);
  process.exit(2);
}
// Held-out articles are counted, never named.
for (const { label, reason } of unreadLabels(present, dataset.report.files)) {
  console.error(HELD_OUT.has(label.split) ? `A ${label.split} file the ingest could not read is scored as finding nothing.` : `${label.id}: the ingest could not read it (${reason}); scored as finding nothing.`);
}
report(dataset.articles, dataset.organizations, dataset.taxonomy.themes.map((theme) => theme.id));
for (const line of await claimantAgreement(values.claimants, dataset.articles, dataset.organizations)) console.log(line);
if (values.out) {
  const tuning = new Set(present.filter((label) => !HELD_OUT.has(label.split)).map((label) => `${label.id}.txt`));
  const articles = dataset.articles.filter((article) => tuning.has(article.source.path));
  const named = new Set(articles.flatMap((article) => article.organizations.map((org) => org.id)));
  const organizations = dataset.organizations.filter((org) => org.discovered === undefined || named.has(org.id));
  // The report quotes titles and date lines: only the tuning files' entries, and a version of what is written.
  const report = {
    files: dataset.report.files.filter((file) => tuning.has(file.path)),
    warnings: dataset.report.warnings.filter((warning) => tuning.has(warning.path)),
    duplicates: dataset.report.duplicates.filter((duplicate) => tuning.has(duplicate.droppedPath)),
  };
  const { datasetVersion: _unfiltered, ...content } = { ...dataset, articles, organizations, report };
  await writeDataset(values.out, { ...content, datasetVersion: stableHash(JSON.stringify(content), 16) }, new Date());
  console.log(`Wrote ${values.out}: open /?dataset=/${values.out.replace(/^public\//, '')}/index.bin`);
}

function report(articles: Article[], registry: Organization[], themeIds: string[]): void {
  const byPath = new Map(articles.map((article) => [article.source.path, article]));
  const orgsById = new Map(registry.map((org) => [org.id, org]));
  const found = (article: Article, media: boolean): FoundName[] =>
    article.organizations.flatMap((entry) => {
      const org = orgsById.get(entry.id);
      if (!org || (org.type === 'media') !== media) return [];
      return [{ id: org.id, name: org.name, forms: entry.matched, discovered: org.discovered !== undefined }];
    });

  console.log(`Evaluation on ${present.length} articles (${new Date().toISOString().slice(0, 10)})\n`);
  for (const split of SPLITS) {
    const set = present.filter((label) => label.split === split);
    if (set.length === 0) continue;
    const pairs = set.map((label) => ({ label, article: byPath.get(`${label.id}.txt`) }));
    const themes = themeCounts(
      pairs.map(({ label, article }) => ({ found: article?.themes.map((theme) => theme.id) ?? [], labelled: label.themes })),
      themeIds,
    );
    const micro = [...themes.values()].reduce(addCounts, NO_COUNTS);

    let orgs: Counts = NO_COUNTS;
    let registered: Counts = NO_COUNTS;
    let discovered: Counts = NO_COUNTS;
    let media: Counts = NO_COUNTS;
    let complete = 0;
    const details: string[] = [];
    for (const { label, article } of pairs) {
      const result = matchNames(article ? found(article, false) : [], label.organizations);
      const fromRegistry = result.matched.filter((pair) => !pair.found.discovered).length;
      orgs = addCounts(orgs, { tp: result.matched.length, fp: result.extra.length, fn: result.missed.length });
      registered = addCounts(registered, { tp: fromRegistry, fp: result.extra.filter((org) => !org.discovered).length, fn: 0 });
      discovered = addCounts(discovered, { tp: result.matched.length - fromRegistry, fp: result.extra.filter((org) => org.discovered).length, fn: 0 });
      if (result.missed.length === 0) complete += 1;
      const cited = matchNames(article ? found(article, true) : [], label.media);
      media = addCounts(media, { tp: cited.matched.length, fp: cited.extra.length, fn: cited.missed.length });
      const themeMiss = [...label.themes.filter((id) => !article?.themes.some((theme) => theme.id === id)).map((id) => `-${id}`),
        ...(article?.themes ?? []).filter((theme) => !label.themes.includes(theme.id)).map((theme) => `+${theme.id}(${theme.score})`)];
      if (result.missed.length + result.extra.length + themeMiss.length + cited.missed.length + cited.extra.length > 0) {
        const media = cited.missed.length + cited.extra.length > 0 ? `; media ${[...cited.missed.map((org) => `-${org.name}`), ...cited.extra.map((org) => `+${org.name}`)].join(' | ')}` : '';
        details.push(`  ${label.id}: themes ${themeMiss.join(' ') || 'ok'}; missed ${result.missed.map((org) => org.name).join(' | ') || '-'}; extra ${result.extra.map((org) => `${org.name}${org.discovered ? '*' : ''}`).join(' | ') || '-'}${media}`);
      }
    }

    const row = (name: string, counts: Counts) => {
      const s = scores(counts);
      return `| ${name} | ${s.tp} | ${s.fp} | ${s.fn} | ${s.precision.toFixed(2)} | ${s.recall.toFixed(2)} | ${s.f1.toFixed(2)} |`;
    };
    console.log(`## ${split} (${set.length} articles)\n`);
    if (fitted.has(split)) console.log('The theme model was fitted on these articles: its theme figures here are no score (`npm run train-themes -- --cv` scores each split unseen).\n');
    console.log('| themes | TP | FP | FN | precision | recall | F1 |\n| --- | --- | --- | --- | --- | --- | --- |');
    for (const [id, counts] of themes) console.log(row(id, counts));
    console.log(row('**micro**', micro));
    console.log('\n| organizations | TP | FP | FN | precision | recall | F1 |\n| --- | --- | --- | --- | --- | --- | --- |');
    console.log(row('all', orgs));
    console.log(`| registered | ${registered.tp} | ${registered.fp} | | ${scores({ ...registered, fn: 0 }).precision.toFixed(2)} | | |`);
    console.log(`| discovered | ${discovered.tp} | ${discovered.fp} | | ${scores({ ...discovered, fn: 0 }).precision.toFixed(2)} | | |`);
    console.log(row('media cited', media));
    console.log(`\nArticles whose every organization was found: ${complete} of ${set.length} (${Math.round((100 * complete) / set.length)} %)`);
    const headlined = pairs.filter(({ label }) => label.headline !== null);
    const rightTitle = headlined.filter(({ label, article }) => article && nameKey(article.title) === nameKey(label.headline!)).length;
    const dated = pairs.filter(({ label }) => label.publishedAt !== null);
    const rightDate = dated.filter(({ label, article }) => article?.publishedAt?.value === label.publishedAt!.value).length;
    const undated = pairs.filter(({ label }) => label.publishedAt === null);
    const givenDate = undated.filter(({ article }) => article?.publishedAt);
    // A date the page's address files it under is marked estimated and says so: not one the text states, but not invented.
    const fromAddress = givenDate.filter(({ article }) => article?.publishedAt?.origin === 'url').length;
    console.log(`Headlines taken right: ${rightTitle} of ${headlined.length}; publication dates right: ${rightDate} of ${dated.length} pages that state one; a date given to ${givenDate.length - fromAddress} of ${undated.length} pages that state none, and estimated from the address for ${fromAddress} of them\n`);
    if (values.details && !HELD_OUT.has(split)) console.log(`${split} details (+ found, not labelled; - labelled, not found; * discovered):\n${details.join('\n')}\n`);
  }
}
