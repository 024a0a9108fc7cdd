import { describe, expect, it } from 'vitest';
import { datasetStamp, displayVersion } from '../../src/dataset/dataset-stamp';

describe('dataset versions', () => {
  it('shortens a content hash for headings and keeps a named version whole', () => {
    expect(displayVersion('d715d097c0ffee12')).toBe('d715d097');
    expect(displayVersion('synthetic-v1-n100000-s1')).toBe('synthetic-v1-n100000-s1');
  });
  it('stamps a link with the day and the first 8 characters, as links made so far carry', () => {
    expect(datasetStamp({ generatedAt: '2026-11-23T04:00:00Z', datasetVersion: 'synthetic-v1-n100000-s1' })).toBe('2026-11-23.syntheti');
  });
});
