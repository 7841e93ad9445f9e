/** JSON view of the emulator state for tests and the control API (no attachment bytes). */
import type { OsmEmulatorState } from './state';

export function snapshotState(state: OsmEmulatorState): unknown {
  return {
    account: state.account,
    quota: state.quota,
    labels: [...state.labels.values()],
    attachments: [...state.attachments.values()].map((a) => ({
      id: a.id,
      name: a.name,
      from: a.from,
      size: a.bytes.length,
      boundTo: a.boundTo ?? null,
      ...(a.received ? { receivedBodyBytes: a.received.bodyBytes, framing: a.received.framing } : {}),
    })),
    cases: [...state.cases.values()].map((c) => ({
      id: c.id,
      status: c.status,
      description: c.description,
      createTime: c.createTime.toISOString(),
      labelIds: c.labelIds,
      relatedIds: c.relatedIds,
      satisfaction: c.satisfaction,
      judgement: c.judgement,
      contact: c.contact,
      extendsMap: c.extendsMap,
      logs: c.logs.map((l) => ({ operateType: l.operateType, time: l.time.toISOString() })),
      messages: c.messages.map((m) => ({
        id: m.id,
        type: m.type,
        content: m.content,
        status: m.status,
        displayType: m.displayType,
        accessoryIds: m.accessoryIds,
        readByCustomer: m.readByCustomer,
        createTime: m.createTime.toISOString(),
      })),
    })),
  };
}
