// Test helpers: fake HOME folders under test/fixtures/home, read through the real Node reader.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { createNodeImportEnvironment } from '../../../src/accounts/importers';
import type { ImportCandidate, ImportEnvironment } from '../../../src/accounts/importers';

export const FIXED_NOW = new Date('2025-06-01T00:00:00Z');

export function fakeHome(name: string): string {
  return path.resolve(__dirname, '../../fixtures/home', name);
}

/** An environment whose HOME is a fixture folder, with only the given variables set. */
export function fakeEnvironment(home: string, env: Record<string, string> = {}): ImportEnvironment {
  return createNodeImportEnvironment({ homeDir: fakeHome(home), env, now: () => FIXED_NOW });
}

export function byProfile(candidates: ImportCandidate[], profile: string): ImportCandidate {
  const found = candidates.find((candidate) => candidate.profile === profile);
  if (!found) throw new Error(`no candidate for profile ${profile}; have ${candidates.map((c) => c.profile).join(', ')}`);
  return found;
}

/** Content hash, size and modification time of every file below a folder. */
export function snapshotTree(root: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const stat = statSync(full);
        const hash = createHash('sha256').update(readFileSync(full)).digest('hex');
        result[path.relative(root, full)] = `${hash} ${stat.size} ${stat.mtimeMs} ${stat.mode}`;
      }
    }
  };
  walk(root);
  return result;
}
