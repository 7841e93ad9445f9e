/** Label and related-case routes (spec §3.8, §3.9) with their limits: 30 labels, 5 per case, 3 relations. */
import { businessError, ok } from '../http';
import type { LabelRecord } from '../model';
import { bodyString } from '../params';
import type { OsmRoute, RouteContext } from '../router';
import { checkGroup, requireCase } from './guards';

export const MAX_LABELS_PER_ACCOUNT = 30;
export const MAX_LABELS_PER_CASE = 5;
export const MAX_RELATIONS_PER_CASE = 3;

const labelWire = (l: LabelRecord) => ({ label_id: l.id, name: l.name, color: l.color });

function labelBody(rc: RouteContext): { name: string; color: string } {
  const body = rc.json();
  const name = bodyString(body, 'name', { required: true, min: 1, max: 64 }) as string;
  const color = bodyString(body, 'color', { required: true, min: 1, max: 7 }) as string;
  return { name, color };
}

function requireLabel(rc: RouteContext): LabelRecord {
  const raw = rc.params.label_id;
  const label = /^\d+$/.test(raw) ? rc.state.labels.get(Number(raw)) : undefined;
  if (!label) throw businessError('OSM.01010039');
  return label;
}

function labelIdsFromQuery(rc: RouteContext): number[] {
  const ids = rc.query.list('label_ids');
  if (ids.length === 0 || ids.length > MAX_LABELS_PER_CASE || ids.some((id) => !/^\d+$/.test(id))) throw businessError('OSM.01010001');
  const numbers = ids.map(Number);
  if (numbers.some((id) => !rc.state.labels.has(id))) throw businessError('OSM.01010039');
  return numbers;
}

function relatedIds(value: unknown): string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_RELATIONS_PER_CASE) throw businessError('OSM.01010001');
  if (list.some((id) => typeof id !== 'string' || id.length === 0 || id.length > 64)) throw businessError('OSM.01010001');
  return list as string[];
}

export const labelRoutes: OsmRoute[] = [
  {
    method: 'POST',
    pattern: '/v2/servicerequest/labels',
    op: 'CreateLabels',
    handle: (rc) => {
      const { name, color } = labelBody(rc);
      if ([...rc.state.labels.values()].some((l) => l.name === name)) throw businessError('OSM.01010040');
      if (rc.state.labels.size >= MAX_LABELS_PER_ACCOUNT) throw businessError('OSM.01010041');
      rc.state.addLabel(name, color);
      return ok({});
    },
  },
  {
    method: 'GET',
    pattern: '/v2/servicerequest/labels',
    op: 'ListLabels',
    handle: (rc) => {
      const offset = rc.query.int('offset', { min: 0, max: 2147483647 }, 0) as number;
      const limit = rc.query.int('limit', { min: 0, max: 100 }, 10) as number;
      const name = rc.query.string('name')?.toLowerCase();
      const id = rc.query.int('label_id', { min: 0, max: 2147483647 });
      const all = [...rc.state.labels.values()].filter((l) => (!name || l.name.toLowerCase().includes(name)) && (id === undefined || l.id === id));
      return ok({ total_count: all.length, label_list: all.slice(offset, offset + limit).map(labelWire) });
    },
  },
  {
    method: 'PUT',
    pattern: '/v2/servicerequest/labels/{label_id}',
    op: 'UpdateLabels',
    handle: (rc) => {
      const label = requireLabel(rc);
      const { name, color } = labelBody(rc);
      if ([...rc.state.labels.values()].some((l) => l.name === name && l.id !== label.id)) throw businessError('OSM.01010040');
      label.name = name;
      label.color = color;
      return ok({});
    },
  },
  {
    method: 'DELETE',
    pattern: '/v2/servicerequest/labels/{label_id}',
    op: 'DeleteLabels',
    handle: (rc) => {
      const label = requireLabel(rc);
      rc.state.labels.delete(label.id);
      for (const c of rc.state.cases.values()) c.labelIds = c.labelIds.filter((id) => id !== label.id);
      return ok({});
    },
  },
  {
    method: 'GET',
    pattern: '/v2/servicerequest/cases/{case_id}/labels',
    op: 'ListCaseLabels',
    handle: (rc) => {
      const c = requireCase(rc);
      return ok({
        case_label_list: c.labelIds.flatMap((id) => {
          const l = rc.state.labels.get(id);
          return l ? [labelWire(l)] : [];
        }),
      });
    },
  },
  {
    method: 'POST',
    pattern: '/v2/servicerequest/cases/{case_id}/labels',
    op: 'CreateCaseLabels',
    handle: (rc) => {
      const c = requireCase(rc);
      const ids = labelIdsFromQuery(rc);
      const merged = [...new Set([...c.labelIds, ...ids])];
      if (merged.length > MAX_LABELS_PER_CASE) throw businessError('OSM.01010042');
      c.labelIds = merged;
      return ok({});
    },
  },
  {
    method: 'DELETE',
    pattern: '/v2/servicerequest/cases/{case_id}/labels',
    op: 'DeleteCaseLabels',
    handle: (rc) => {
      const c = requireCase(rc);
      const ids = labelIdsFromQuery(rc);
      c.labelIds = c.labelIds.filter((id) => !ids.includes(id));
      return ok({});
    },
  },
  {
    method: 'GET',
    pattern: '/v2/servicerequest/cases/{case_id}/relations',
    op: 'ListRelation',
    handle: (rc) => {
      const c = requireCase(rc);
      return ok({
        case_relation_list: c.relatedIds.flatMap((id) => {
          const other = rc.state.cases.get(id);
          return other ? [{ case_id: other.id, simple_description: other.description, user_name: rc.state.account.subUserName }] : [];
        }),
      });
    },
  },
  {
    method: 'POST',
    pattern: '/v2/servicerequest/cases/{case_id}/relations',
    op: 'CreateRelations',
    handle: (rc) => {
      const body = rc.json();
      checkGroup(rc, body.group_id);
      const ids = relatedIds(body.related_id_list);
      const c = requireCase(rc);
      if (ids.includes(c.id)) throw businessError('OSM.01010044');
      if (ids.some((id) => !rc.state.cases.has(id))) throw businessError('OSM.01010015');
      const merged = [...new Set([...c.relatedIds, ...ids])];
      if (merged.length > MAX_RELATIONS_PER_CASE) throw businessError('OSM.01010043');
      c.relatedIds = merged;
      return ok({});
    },
  },
  {
    method: 'DELETE',
    pattern: '/v2/servicerequest/cases/{case_id}/relations',
    op: 'DeleteRelation',
    handle: (rc) => {
      const body = rc.json();
      checkGroup(rc, body.group_id);
      const relatedId = bodyString(body, 'related_id', { required: true, min: 1, max: 64 }) as string;
      const c = requireCase(rc);
      if (!c.relatedIds.includes(relatedId)) throw businessError('OSM.01010001');
      c.relatedIds = c.relatedIds.filter((id) => id !== relatedId);
      return ok({});
    },
  },
];
