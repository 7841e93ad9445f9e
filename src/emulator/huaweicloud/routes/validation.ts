/** Body checks shared by several routes: CC e-mails and attachment binding. */
import { businessError } from '../http';
import type { OsmEmulatorState } from '../state';

const EMAIL = /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+$/;

/** Parses `remindCCEmail` (`;` or `,` separated); invalid or more than `maxCount` → OSM.01010008. */
export function checkCcEmails(value: unknown, maxCount: number): string[] {
  if (value === undefined || value === null || value === '') return [];
  if (typeof value !== 'string' || value.length > 5000) throw businessError('OSM.01010008');
  const emails = value
    .split(/[;,]/)
    .map((e) => e.trim())
    .filter((e) => e !== '');
  if (emails.length > maxCount || emails.some((e) => !EMAIL.test(e) || e.length > 128)) throw businessError('OSM.01010008');
  return emails;
}

/**
 * Checks that every id is a stored, unbound attachment uploaded for `from`; too many, unknown, reused
 * or uploaded for the other purpose → OSM.01010045. Binding happens when the message is stored.
 */
export function bindAttachments(state: OsmEmulatorState, ids: readonly string[], from: 'incident' | 'message', max: number): void {
  if (ids.length > max) throw businessError('OSM.01010045');
  for (const id of ids) {
    const a = state.attachments.get(id);
    if (!a || a.boundTo !== undefined || a.from !== from) throw businessError('OSM.01010045');
  }
  if (new Set(ids).size !== ids.length) throw businessError('OSM.01010045');
}
