// The fixtures document as a whole: one section per provider, keyed by provider name
// (docs/emulator-fixtures.md). Each provider reads its own section; this module only splits the
// document and refuses names no provider has, so a misspelt section fails instead of being ignored.
import { fail } from './fixture-checks';

/**
 * The provider sections of `document`, by name; a `null` section stands for the provider's built-in
 * sample (undefined). Keys starting with `$` (e.g. `$comment`) are ignored.
 */
export function fixtureSections(document: unknown, knownProviders: readonly string[]): Map<string, unknown> {
  const names = knownProviders.join(', ');
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    fail('the fixtures document', `must be a JSON object with one section per provider (${names})`);
  }
  const sections = new Map<string, unknown>();
  for (const [name, section] of Object.entries(document)) {
    if (name.startsWith('$')) continue;
    if (!knownProviders.includes(name)) fail(`"${name}"`, `is not a provider; the document has one section per provider (${names})`);
    sections.set(name, section === null ? undefined : section);
  }
  return sections;
}
