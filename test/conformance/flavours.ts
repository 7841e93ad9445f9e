/**
 * The flavour table: one entry per provider flavour the registry can build. A new cloud adds its
 * entries here (and its emulator read-out below); the tests stay as they are.
 */
import type { StatusGroup } from '../../src/core/status';
import type { EmulatorControl } from '../../src/emulator';
import { createAliyunProvider, createHuaweiCloudProvider } from '../../src/providers/factories';
import type { Flavour, ServerTicket, ServerView } from './flavour';

/** The emulator's Alibaba statuses 1–6 (spec §4.0), grouped as DESIGN.md §3 says. */
const ALIYUN_GROUPS: Readonly<Record<string, StatusGroup>> = {
  1: 'in-progress',
  2: 'in-progress',
  3: 'needs-action',
  4: 'in-progress',
  5: 'needs-action',
  6: 'closed',
};

/** The emulator's OSM statuses (spec §2.1): 2 and 17 wait for the customer, 5 (suspended) is support's. */
const OSM_GROUPS: Readonly<Record<string, StatusGroup>> = {
  0: 'in-progress',
  1: 'in-progress',
  2: 'needs-action',
  3: 'closed',
  4: 'closed',
  5: 'in-progress',
  12: 'closed',
  13: 'closed',
  17: 'needs-action',
};

const ALIYUN_ACCOUNT = {
  credentials: { accessKeyId: 'testid', accessKeySecret: 'testsecret' },
  contact: { email: 'dev@example.com', phone: '13800000000' },
  unknownTicketId: '00009999Z',
  statuses: { open: '2', completed: '6', needsAction: '3', groups: ALIYUN_GROUPS },
  fieldHints: {},
} as const;

/** The sample's demo account (`huaweicloud` section of the built-in fixtures). */
const OSM_DOMAIN_ID = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';

export const FLAVOURS: readonly Flavour[] = [
  {
    name: 'aliyun 2021-06-10',
    providerId: 'aliyun',
    apiVersion: '2021-06-10',
    emulatorProvider: 'aliyun',
    ...ALIYUN_ACCOUNT,
    createProvider: (endpoint, credentials, settings) =>
      createAliyunProvider({
        ...settings,
        locale: 'en',
        credentials: async () => credentials,
        account: { id: 'conformance-2021', providerId: 'aliyun', label: 'conformance', apiVersion: '2021-06-10', endpoint },
      }),
    server: aliyunServer,
  },
  {
    name: 'aliyun 2020-03-26',
    providerId: 'aliyun',
    apiVersion: '2020-03-26',
    emulatorProvider: 'aliyun',
    ...ALIYUN_ACCOUNT,
    createProvider: (endpoint, credentials, settings) =>
      createAliyunProvider({
        ...settings,
        locale: 'en',
        credentials: async () => credentials,
        account: { id: 'conformance-2020', providerId: 'aliyun', label: 'conformance', apiVersion: '2020-03-26', endpoint },
      }),
    server: aliyunServer,
  },
  {
    name: 'huaweicloud',
    providerId: 'huaweicloud',
    emulatorProvider: 'huaweicloud',
    credentials: { accessKeyId: 'testak', accessKeySecret: 'testsk' },
    contact: { email: 'owner@example.com', phone: '13900000000' },
    unknownTicketId: 'TS20260101UNKNOWN0000001',
    statuses: { open: '1', completed: '3', needsAction: '17', groups: OSM_GROUPS },
    // Problem types ask for a number (quota amount) and an instance id matching ^[0-9a-f-]{36}$.
    fieldHints: { 'ext.quota_amount': '5', 'ext.ecs_instance_id': '0d8a3c5e-7b21-4f6a-9c0e-2b4d6f8a1c3e' },
    createProvider: (endpoint, credentials, settings) =>
      createHuaweiCloudProvider({
        ...settings,
        locale: 'en',
        credentials: async () => credentials,
        account: { id: 'conformance-osm', providerId: 'huaweicloud', label: 'conformance', endpoint, domainId: OSM_DOMAIN_ID },
      }),
    server: osmServer,
  },
];

function viewOf(read: () => ServerTicket[]): ServerView {
  return {
    tickets: read,
    ticket: (id) => {
      const found = read().find((ticket) => ticket.id === id);
      if (!found) throw new Error(`the emulator has no ticket ${id} for this account`);
      return found;
    },
  };
}

interface AliyunState {
  tickets: {
    TicketId: string;
    Status: number;
    CreatorId: string;
    CreateTime: number;
    Description: string;
    SecretInfo?: { fileNameList?: string[] };
    Evaluation?: { score: string };
    Notes: { DialogId: number; Role: number; Content: string; Encrypt?: boolean; Attachments: string[] }[];
  }[];
}

/** Both Alibaba API versions share one store; the account is the owner of the test key. */
function aliyunServer(control: EmulatorControl): ServerView {
  const owner = control.credentials('aliyun').find((key) => key.accessKeyId === ALIYUN_ACCOUNT.credentials.accessKeyId)?.accountId;
  return viewOf(() =>
    (control.state('aliyun') as AliyunState).tickets
      .filter((t) => t.CreatorId === owner)
      .map((t) => ({
        id: t.TicketId,
        status: String(t.Status),
        createdAt: t.CreateTime,
        description: t.Description,
        messages: t.Notes.map((n) => ({
          id: String(n.DialogId),
          text: n.Content,
          fromSupport: n.Role === 2,
          secret: n.Encrypt === true,
          withdrawn: false,
          attachmentKeys: n.Attachments,
        })),
        attachmentKeys: [...t.Notes.flatMap((n) => n.Attachments), ...(t.SecretInfo?.fileNameList ?? [])],
        ...(t.Evaluation ? { rating: Number(t.Evaluation.score), ratingDetails: [{ score: Number(t.Evaluation.score) }] } : {}),
        labels: [],
      })),
  );
}

interface OsmState {
  labels: { id: number; name: string }[];
  attachments: { id: string; boundTo: string | null }[];
  cases: {
    id: string;
    status: number;
    description: string;
    createTime: string;
    labelIds: number[];
    satisfaction: { satisfaction_value: number; instance_name?: string }[];
    logs: { operateType: number }[];
    messages: { id: string; type: number; content: string; status: number; accessoryIds: string[]; readByCustomer: boolean }[];
  }[];
}

/** Deleted cases (13) are gone for the customer; operate type 2 is an urge (spec §2.3). */
function osmServer(control: EmulatorControl): ServerView {
  return viewOf(() => {
    const state = control.state('huaweicloud') as OsmState;
    const labelName = new Map(state.labels.map((label) => [label.id, label.name]));
    return state.cases
      .filter((c) => c.status !== 13)
      .map((c) => ({
        id: c.id,
        status: String(c.status),
        createdAt: Date.parse(c.createTime),
        description: c.description,
        messages: c.messages.map((m) => ({
          id: m.id,
          text: m.content,
          fromSupport: m.type === 1,
          secret: false,
          withdrawn: m.status === -1,
          attachmentKeys: m.accessoryIds,
          unread: m.type === 1 && m.status !== -1 && !m.readByCustomer,
        })),
        attachmentKeys: state.attachments.filter((a) => a.boundTo === c.id).map((a) => a.id),
        ...(c.satisfaction.length > 0
          ? { rating: c.satisfaction[0].satisfaction_value, ratingDetails: c.satisfaction.map((s) => ({ score: s.satisfaction_value, ...(s.instance_name ? { reason: s.instance_name } : {}) })) }
          : {}),
        labels: c.labelIds.map((id) => labelName.get(id) ?? `#${id}`),
        urges: c.logs.filter((log) => log.operateType === 2).length,
      }));
  });
}
