// `npm run eval:agreement`: how far two careful readers agree, scored as the eval scores the ingest. A
// second labeller relabelled retired pages without seeing their labels (eval/RUBRIC.md, Amendment 20);
// the set's own labels are the reference. No system can be judged closer to the labels than this.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Counts, LabelledArticle, LabelledName } from './eval/score';
import { addCounts, matchNames, nameKey, NO_COUNTS, scores, themeCounts } from './eval/score';

const { values } = parseArgs({
  options: {
    labels: { type: 'string', default: 'eval/labels.json' },
    second: { type: 'string', default: 'eval/agreement/blind-relabels.json' },
    taxonomy: { type: 'string', default: 'data/taxonomy.json' },
  },
});

type Relabel = Pick<LabelledArticle, 'id' | 'headline' | 'publishedAt' | 'themes' | 'organizations' | 'media'>;

const reference = new Map((JSON.parse(await readFile(values.labels, 'utf8')) as LabelledArticle[]).map((label) => [label.id, label]));
const second = JSON.parse(await readFile(values.second, 'utf8')) as Relabel[];
const themeIds = (JSON.parse(await readFile(values.taxonomy, 'utf8')) as { themes: { id: string }[] }).themes.map((theme) => theme.id);
const pairs = second.map((relabel) => {
  const label = reference.get(relabel.id);
  if (!label) throw new Error(`${values.second}: ${relabel.id} is in no label of ${values.labels}`);
  return { label, relabel };
});

// The second reading stands where the eval puts the ingest's answer.
const asFound = (names: readonly LabelledName[]) => names.map((name) => ({ id: name.name, name: name.name, forms: name.forms, discovered: false }));
const names = (pick: (article: Relabel) => LabelledName[]): Counts =>
  pairs.reduce((sum, { label, relabel }) => {
    const result = matchNames(asFound(pick(relabel)), pick(label));
    return addCounts(sum, { tp: result.matched.length, fp: result.extra.length, fn: result.missed.length });
  }, NO_COUNTS);
const themes = themeCounts(pairs.map(({ label, relabel }) => ({ found: relabel.themes, labelled: label.themes })), themeIds);

const row = (name: string, counts: Counts) => {
  const s = scores(counts);
  return `| ${name} | ${s.tp} | ${s.fp} | ${s.fn} | ${s.precision.toFixed(2)} | ${s.recall.toFixed(2)} | ${s.f1.toFixed(2)} |`;
};
console.log(`Agreement of a blind second labelling with the set's labels, on ${pairs.length} pages (the set's labels as reference)\n`);
console.log('| | TP | FP | FN | precision | recall | F1 |\n| --- | --- | --- | --- | --- | --- | --- |');
for (const [id, counts] of themes) console.log(row(id, counts));
console.log(row('**themes micro**', [...themes.values()].reduce(addCounts, NO_COUNTS)));
console.log(row('**organizations**', names((article) => article.organizations)));
console.log(row('media cited', names((article) => article.media)));
const sameThemes = pairs.filter(({ label, relabel }) => [...label.themes].sort().join() === [...relabel.themes].sort().join()).length;
const sameHeadline = pairs.filter(({ label, relabel }) => (label.headline === null ? relabel.headline === null : relabel.headline !== null && nameKey(label.headline) === nameKey(relabel.headline))).length;
const sameDate = pairs.filter(({ label, relabel }) => (label.publishedAt?.value ?? null) === (relabel.publishedAt?.value ?? null)).length;
console.log(`\nPages with the same themes: ${sameThemes} of ${pairs.length}; the same headline (or none): ${sameHeadline}; the same publication date (or none): ${sameDate}`);
