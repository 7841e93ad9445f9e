/** Checks shared by the case-level routes: the case exists, the group id is one the caller may use. */
import { businessError } from '../http';
import type { CaseRecord } from '../model';
import type { RouteContext } from '../router';

/** The path's case, or 200 OSM.01010015. */
export function requireCase(rc: RouteContext, name = 'case_id'): CaseRecord {
  const id = rc.params[name];
  const c = id === undefined ? undefined : rc.state.cases.get(id);
  if (!c || id.length > 64) throw businessError('OSM.01010015');
  return c;
}

/** A `group_id` (query or body) that the account does not belong to → 200 OSM.01010035. */
export function checkGroup(rc: RouteContext, fromBody?: unknown): void {
  const groupId = typeof fromBody === 'string' ? fromBody : rc.query.string('group_id');
  if (groupId && !rc.state.groups.has(groupId)) throw businessError('OSM.01010035');
}
