// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { modelJson } from '../../scripts/eval/model-json';
import type { ThemeModel } from '../../src/ingest/themes/theme-model';
import { ThemeModelSchema } from '../../src/ingest/themes/theme-model';

const model: ThemeModel = {
  $comment: 'fixture',
  trainedOn: { articles: 2, splits: ['a', 'b'], labels: 'labels.json' },
  l2: 0.1,
  idf: { hydrogen: 1.5, 'low-carbon': 2 },
  themes: { h2: { bias: -1.25, weights: { hydrogen: 3.5 } }, policy: { bias: -2, weights: { 'low-carbon': 1, hydrogen: -0.5 } } },
};

describe('modelJson', () => {
  it('reads back as the same model, valid by its schema', () => {
    expect(v.parse(ThemeModelSchema, JSON.parse(modelJson(model)))).toEqual(model);
  });

  it('gives each theme a line of its own', () => {
    const lines = modelJson(model).split('\n');
    expect(lines.filter((line) => line.startsWith('  "h2": ') || line.startsWith('  "policy": '))).toHaveLength(2);
  });
});
