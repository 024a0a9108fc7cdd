// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readKnowledgeBase } from '../../src/ingest/knowledge-base';

/** A knowledge-base folder with the given files (name → content). */
function folder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}
const org = (id: string, extra: object = {}) => ({ id, name: id.toUpperCase(), aliases: [], type: 'steelmaker', ...extra });

describe('readKnowledgeBase', () => {
  it('reads every JSON file of the folder in name order, and nothing else', () => {
    const dir = folder({ 'b.json': [org('bb')], 'a.json': [org('aa'), org('ab', { parentId: 'bb' })], 'SOURCES.md': '# sources' });
    expect(readKnowledgeBase(dir).map((entry) => entry.id)).toEqual(['aa', 'ab', 'bb']);
  });

  it.each([
    ['invalid JSON', { 'a.json': '[{' }, /a\.json: invalid JSON/],
    ['an entry that fails the schema', { 'a.json': [org('aa', { type: 'bakery' })] }, /a\.json: invalid at 0\.type/],
    ['an id used twice', { 'a.json': [org('aa')], 'b.json': [org('aa')] }, /b\.json: id "aa" is already used in .*a\.json/],
    ['a parent that is not in the base', { 'a.json': [org('aa', { parentId: 'zz' })] }, /a\.json: "aa" has parent "zz"/],
    ['a name given to two organizations', { 'a.json': [org('aa', { aliases: ['Steel & Co'] }), org('bb', { aliases: ['steel and co'] })] }, /the name "steel and co" of "bb" also names "aa"/],
  ])('refuses %s, naming the file', (_, files, message) => {
    expect(() => readKnowledgeBase(folder(files))).toThrow(message);
  });

  it('names a folder it cannot read', () => {
    expect(() => readKnowledgeBase(join(tmpdir(), 'no-such-kb-folder'))).toThrow(/cannot read the knowledge base folder \(ENOENT\)/);
  });
});
