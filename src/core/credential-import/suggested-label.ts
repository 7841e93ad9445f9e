// Suggested account labels: the provider's name plus where the keys came from. Users rename freely.
import type { ImportCandidate } from './types';

/** The cloud's name and where the keys came from: `Example Cloud (default)`, `Example Cloud (environment)`. */
export function suggestLabel(cloudName: string, origin: string): string {
  return `${cloudName} (${origin})`;
}

/** Appends ` 2`, ` 3`, … so two candidates never suggest the same label. */
export function makeLabelsUnique(candidates: ImportCandidate[]): ImportCandidate[] {
  const seen = new Map<string, number>();
  return candidates.map((candidate) => {
    const count = (seen.get(candidate.suggestedLabel) ?? 0) + 1;
    seen.set(candidate.suggestedLabel, count);
    return count === 1 ? candidate : { ...candidate, suggestedLabel: `${candidate.suggestedLabel} ${count}` };
  });
}

/** Marks candidates whose keys equal an earlier candidate's, so the UI can fold them. */
export function markSameKeys(candidates: ImportCandidate[]): ImportCandidate[] {
  const firstSource = new Map<string, string>();
  return candidates.map((candidate) => {
    if (!candidate.accessKeyId || !candidate.accessKeySecret) return candidate;
    const key = [candidate.provider, candidate.accessKeyId, candidate.accessKeySecret, candidate.securityToken ?? ''].join('\u0000');
    const earlier = firstSource.get(key);
    if (earlier === undefined) {
      firstSource.set(key, candidate.source);
      return candidate;
    }
    return { ...candidate, sameKeysAs: earlier };
  });
}
