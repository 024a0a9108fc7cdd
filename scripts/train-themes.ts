// `npm run train-themes`: fits data/theme-model.json on the evaluation set's labelled articles, read
// through the ingest as a user's would be, never on the held-out split. `--cv` instead scores the
// method on articles it was not fitted on: each tuning split in turn is left out, fitted on the others.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Taxonomy } from '../src/domain/schema';
import { inputPathsIn, loadInputs } from '../src/ingest/load-inputs';
import { classifyThemes } from '../src/ingest/themes/theme-model';
import { WORD } from '../src/ingest/themes/theme-words';
import type { TrainingArticle } from '../src/ingest/themes/train-theme-model';
import { DEFAULT_TRAINING, trainThemeModel } from '../src/ingest/themes/train-theme-model';
import { ingestLabelled, labelledWithTexts } from './eval/ingest-labelled';
import { modelJson } from './eval/model-json';
import type { Counts } from './eval/score';
import { addCounts, HELD_OUT, NO_COUNTS, scores, themeCounts } from './eval/score';

const { values } = parseArgs({
  options: {
    help: { type: 'boolean', default: false },
    texts: { type: 'string', default: 'eval/texts' },
    labels: { type: 'string', default: 'eval/labels.json' },
    data: { type: 'string', default: 'data' },
    cv: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(`npm run train-themes -- [--cv] [--texts DIR] [--labels FILE] [--data DIR]
  Fits DIR/theme-model.json (data/) on the labelled articles whose texts are in eval/texts, all splits but the held-out one.
  --cv  instead scores the method: each split left out in turn, fitted on the others.
  The texts are read through the ingest, which needs a theme model: the shipped one will do.`);
  process.exit(0);
}

const labels = (await labelledWithTexts(values.labels, values.texts)).filter((label) => !HELD_OUT.has(label.split));
const dataset = await ingestLabelled(labels, values.texts, values.data);
const byPath = new Map(dataset.articles.map((article) => [article.source.path, article]));
const examples = labels.flatMap((label) => {
  const article = byPath.get(`${label.id}.txt`);
  // A file the ingest merged into another as a duplicate teaches nothing new.
  return article ? [{ split: label.split, article: { title: article.title, body: article.body.map((block) => block.text), themes: label.themes } }] : [];
});
const themeIds = dataset.taxonomy.themes.map((theme) => theme.id);
const inputs = await loadInputs(inputPathsIn(values.data));
const oneWord = (name: string) => (name.match(WORD)?.[0] === name ? [name.toLowerCase()] : []);
const names = new Set([...inputs.organizations, ...inputs.gazetteer].flatMap((entry) => [entry.name, ...entry.aliases].flatMap(oneWord)));
const options = { ...DEFAULT_TRAINING, themeIds, names };

if (values.cv) crossValidate(dataset.taxonomy);
else {
  const splits = [...new Set(examples.map((example) => example.split))].sort();
  const model = {
    $comment: 'Written by `npm run train-themes` from eval/labels.json and the texts in eval/texts; do not edit by hand.',
    trainedOn: { articles: examples.length, splits, labels: values.labels },
    ...trainThemeModel(examples.map((example) => example.article), options),
  };
  const path = join(values.data, 'theme-model.json');
  await writeFile(path, modelJson(model));
  console.log(`Wrote ${path}: ${Object.keys(model.idf).length} words, ${examples.length} articles from ${splits.join(', ')}`);
}

function crossValidate(taxonomy: Taxonomy): void {
  const splits = [...new Set(examples.map((example) => example.split))].sort();
  const pairs: { found: string[]; labelled: string[] }[] = [];
  // Each article's probabilities, to show what another threshold would give.
  const probabilities: { found: [string, number][]; labelled: string[] }[] = [];
  for (const split of splits) {
    const training: TrainingArticle[] = examples.filter((example) => example.split !== split).map((example) => example.article);
    const model = { trainedOn: { articles: training.length, splits: [], labels: '' }, ...trainThemeModel(training, options) };
    for (const { article } of examples.filter((example) => example.split === split)) {
      pairs.push({ found: classifyThemes(article, model, taxonomy).map((theme) => theme.id), labelled: [...article.themes] });
      // Rounded probabilities: the other thresholds are a guide, the table above is what the ingest does.
      probabilities.push({ found: classifyThemes(article, model, { ...taxonomy, threshold: 0 }).map((theme) => [theme.id, theme.score]), labelled: [...article.themes] });
    }
  }
  const counts = themeCounts(pairs, themeIds);
  const row = (name: string, c: Counts) => {
    const s = scores(c);
    return `| ${name} | ${s.precision.toFixed(2)} | ${s.recall.toFixed(2)} | ${s.f1.toFixed(2)} |`;
  };
  console.log(`Leave-one-split-out over ${splits.join(', ')} (${pairs.length} articles)\n\n| theme | precision | recall | F1 |\n| --- | --- | --- | --- |`);
  for (const [id, c] of counts) console.log(row(id, c));
  console.log(row('**micro**', [...counts.values()].reduce(addCounts, NO_COUNTS)));
  const microAt = (threshold: number) =>
    scores([...themeCounts(probabilities.map(({ found, labelled }) => ({ found: found.filter(([, p]) => p >= threshold).map(([id]) => id), labelled })), themeIds).values()].reduce(addCounts, NO_COUNTS)).f1;
  console.log(`\nMicro-F1 at other thresholds (taxonomy.json has ${taxonomy.threshold}): ${[0.35, 0.4, 0.45, 0.5, 0.55, 0.6].map((t) => `${t} → ${microAt(t).toFixed(3)}`).join(', ')}`);
}
