import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '../../fixtures/raw');
const SEEDS = join(import.meta.dirname, '../../../data/raw');

export function readFixture(name: string): Uint8Array {
  return readFileSync(join(FIXTURES, name));
}

export function readSeed(name: string): Uint8Array {
  return readFileSync(join(SEEDS, name));
}

export function seedNames(): string[] {
  return readdirSync(SEEDS).sort();
}
