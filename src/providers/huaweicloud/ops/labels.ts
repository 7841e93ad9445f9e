/** Labels (spec §3.8: 30 per account, 5 per case) and related cases (spec §3.9: 3 per case). */
import type { CaseLabelInfo } from '../wire/common';
import type { CaseLabelsResponse, CaseRelationsResponse, CaseRelationWire, ListLabelsResponse } from '../wire/cases';
import { readList, readNumber } from '../wire-readers';
import { osmPath, type OsmTransport } from '../transport';

export class OsmLabelsApi {
  constructor(
    private readonly t: OsmTransport,
    private readonly groupId?: string,
  ) {}

  async create(name: string, color: string, signal?: AbortSignal): Promise<void> {
    await this.t.json({ op: 'CreateLabels', method: 'POST', path: '/v2/servicerequest/labels', body: { name, color }, intent: 'write', signal });
  }

  async list(filter: { name?: string; labelId?: number; offset?: number; limit?: number } = {}, signal?: AbortSignal): Promise<{ total: number; items: CaseLabelInfo[] }> {
    const body = await this.t.json<ListLabelsResponse>({
      op: 'ListLabels',
      method: 'GET',
      path: '/v2/servicerequest/labels',
      intent: 'read',
      signal,
      query: { name: filter.name, label_id: filter.labelId, offset: filter.offset ?? 0, limit: filter.limit ?? 100 },
    });
    const items = readList(body.label_list);
    return { total: readNumber(body.total_count, items.length), items };
  }

  async update(labelId: number, name: string, color: string, signal?: AbortSignal): Promise<void> {
    await this.t.json({ op: 'UpdateLabels', method: 'PUT', path: osmPath('/v2/servicerequest/labels/{id}', { id: labelId }), body: { name, color }, intent: 'write', signal });
  }

  /** Deletes a label and its case associations. */
  async delete(labelId: number, signal?: AbortSignal): Promise<void> {
    await this.t.json({ op: 'DeleteLabels', method: 'DELETE', path: osmPath('/v2/servicerequest/labels/{id}', { id: labelId }), intent: 'write', signal });
  }

  async ofCase(caseId: string, signal?: AbortSignal): Promise<CaseLabelInfo[]> {
    const body = await this.t.json<CaseLabelsResponse>({
      op: 'ListCaseLabels',
      method: 'GET',
      path: osmPath('/v2/servicerequest/cases/{case_id}/labels', { case_id: caseId }),
      intent: 'read',
      signal,
    });
    return readList(body.case_label_list);
  }

  async addToCase(caseId: string, labelIds: readonly number[], signal?: AbortSignal): Promise<void> {
    await this.t.json({
      op: 'CreateCaseLabels',
      method: 'POST',
      path: osmPath('/v2/servicerequest/cases/{case_id}/labels', { case_id: caseId }),
      intent: 'write',
      signal,
      query: { label_ids: labelIds.map(String) },
    });
  }

  async removeFromCase(caseId: string, labelIds: readonly number[], signal?: AbortSignal): Promise<void> {
    await this.t.json({
      op: 'DeleteCaseLabels',
      method: 'DELETE',
      path: osmPath('/v2/servicerequest/cases/{case_id}/labels', { case_id: caseId }),
      intent: 'write',
      signal,
      query: { label_ids: labelIds.map(String) },
    });
  }

  async relations(caseId: string, signal?: AbortSignal): Promise<CaseRelationWire[]> {
    const body = await this.t.json<CaseRelationsResponse>({
      op: 'ListRelation',
      method: 'GET',
      path: osmPath('/v2/servicerequest/cases/{case_id}/relations', { case_id: caseId }),
      intent: 'read',
      signal,
    });
    return readList(body.case_relation_list);
  }

  /** `group_id` is marked required; "" is sent when the account uses none (spec §3.9). */
  async relate(caseId: string, relatedIds: readonly string[], signal?: AbortSignal): Promise<void> {
    await this.t.json({
      op: 'CreateRelations',
      method: 'POST',
      path: osmPath('/v2/servicerequest/cases/{case_id}/relations', { case_id: caseId }),
      intent: 'write',
      signal,
      body: { related_id_list: [...relatedIds], group_id: this.groupId ?? '' },
    });
  }

  /** DELETE with a JSON body (5.12.2). */
  async unrelate(caseId: string, relatedId: string, signal?: AbortSignal): Promise<void> {
    await this.t.json({
      op: 'DeleteRelation',
      method: 'DELETE',
      path: osmPath('/v2/servicerequest/cases/{case_id}/relations', { case_id: caseId }),
      intent: 'write',
      signal,
      body: { related_id: relatedId, group_id: this.groupId ?? '' },
    });
  }
}
