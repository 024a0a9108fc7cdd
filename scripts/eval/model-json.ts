import type { ThemeModel } from '../../src/ingest/themes/theme-model';

/**
 * data/theme-model.json as text: one line per part (the vocabulary, each theme), so the top is readable
 * and a retrain's diff says which themes moved.
 */
export function modelJson({ idf, themes, ...head }: ThemeModel): string {
  const fields = Object.entries(head).map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  const lines = Object.entries(themes).map(([id, theme]) => `  ${JSON.stringify(id)}: ${JSON.stringify(theme)}`);
  return `{\n ${[...fields, `"idf": ${JSON.stringify(idf)}`].join(',\n ')},\n "themes": {\n${lines.join(',\n')}\n }\n}\n`;
}
