// The Alibaba Cloud Workorder provider plugin: serves API versions 2021-06-10 and 2020-03-26 on `/`
// (RPC style; Action/Version from the parameters for signature v1 or from x-acs-* headers for V3) and
// the loopback "OSS" presigned attachment URLs under /__oss/.
import type {
  AgentReplyOptions,
  Clock,
  EmulatorCredential,
  EmulatorRequest,
  EmulatorResponse,
  NativeErrorSpec,
  PluginFactoryOptions,
  ProviderContext,
  ProviderControl,
  ProviderPlugin,
  ProviderPluginFactory,
} from '../types';
import { actionAndVersion } from './auth';
import { gatewayErrors, renderAliyunError } from './errors';
import type { AliyunFixtures } from './fixtures';
import { readAliyunFixtures } from './fixtures-reader';
import { DEFAULT_AGENT_NAME, TicketLifecycle } from './lifecycle';
import { OSS_PATH_PREFIX } from './objects';
import { mergedParams } from './params';
import { hostIdOf, routeRpcCall } from './router';
import { sampleAliyunFixtures } from './sample-data';
import { parseStatus, STATUS_NAMES } from './status';
import { WorkorderStore, type StoredTicket } from './store';

export const ALIYUN_PROVIDER = 'aliyun';

export class AliyunWorkorderPlugin implements ProviderPlugin {
  readonly name = ALIYUN_PROVIDER;
  readonly throttlingError: NativeErrorSpec = gatewayErrors.throttlingUser;
  fixtures!: AliyunFixtures;
  store!: WorkorderStore;
  lifecycle!: TicketLifecycle;
  readonly control: ProviderControl;
  private readonly clock: Clock;

  constructor(options: PluginFactoryOptions) {
    this.clock = options.clock;
    this.stageFixtures(options.fixtures)();
    this.control = {
      agentReply: (ticketId, content, replyOptions) => this.agentReply(ticketId, content, replyOptions),
      setStatus: (ticketId, status) => this.setStatus(ticketId, status),
      snapshot: () => this.snapshot(),
      attachment: (key) => this.store.objects.get(key)?.bytes,
    };
  }

  matches(request: EmulatorRequest): boolean {
    return request.path === '/' || request.path.startsWith(OSS_PATH_PREFIX);
  }

  actionOf(request: EmulatorRequest): string {
    if (request.path.startsWith(OSS_PATH_PREFIX)) return request.method === 'PUT' ? 'PutObject' : 'GetObject';
    return actionAndVersion(request, mergedParams(request)).action ?? '';
  }

  handle(request: EmulatorRequest, ctx: ProviderContext): EmulatorResponse {
    if (request.path.startsWith(OSS_PATH_PREFIX)) return this.store.objects.handle(request, ctx.newRequestId());
    return routeRpcCall(request, ctx, {
      provider: this.name,
      store: this.store,
      lifecycle: this.lifecycle,
      fixtureDenials: (accessKeyId, action) => {
        const denied = this.fixtures.accounts.find((account) => account.accessKeyId === accessKeyId)?.deniedActions ?? [];
        return denied.includes(action) || denied.includes('*');
      },
    });
  }

  renderError(error: NativeErrorSpec, request: EmulatorRequest, ctx: ProviderContext): EmulatorResponse {
    return renderAliyunError(error, ctx.newRequestId(), hostIdOf(request));
  }

  credentials(): readonly EmulatorCredential[] {
    return this.fixtures.accounts.map((account) => ({
      provider: ALIYUN_PROVIDER,
      accessKeyId: account.accessKeyId,
      accessKeySecret: account.accessKeySecret,
      securityToken: account.securityToken,
      securityTokenExpiresAt: account.securityTokenExpiration === undefined ? undefined : Date.parse(account.securityTokenExpiration),
      accountId: account.uid,
      principalName: account.principalName,
      disabled: account.disabled,
    }));
  }

  reset(): void {
    this.store.reset();
  }

  fixtureSection(): AliyunFixtures {
    return this.fixtures;
  }

  /** Validates a section (undefined = the built-in sample) and returns what replaces the data with it. */
  stageFixtures(section: unknown): () => void {
    const sample = sampleAliyunFixtures();
    const fixtures = section === undefined ? sample : readAliyunFixtures(section, sample);
    const store = new WorkorderStore(fixtures, this.clock);
    return () => {
      this.fixtures = fixtures;
      this.store = store;
      this.lifecycle = new TicketLifecycle(store, fixtures.behaviour ?? {}, fixtures.agentName ?? DEFAULT_AGENT_NAME);
    };
  }

  private ticket(ticketId: string): StoredTicket {
    const ticket = this.store.tickets.get(ticketId);
    if (!ticket) throw new Error(`aliyun: no ticket ${ticketId}`);
    return ticket;
  }

  private agentReply(ticketId: string, content: string, options: AgentReplyOptions = {}): string {
    const ticket = this.ticket(ticketId);
    const status = options.status === undefined ? undefined : parseStatus(options.status);
    if (options.status !== undefined && status === undefined) throw new Error(`aliyun: unknown status ${options.status}`);
    const attachmentKeys = (options.attachments ?? []).map((file) => this.store.objects.seed(file.name, file.bytes ?? Buffer.alloc(0), ticket.creatorId, this.clock.now()).objectKey);
    return String(this.lifecycle.agentReply(ticket, content, status, options.agentName, attachmentKeys, options.keepStatus === true).dialogId);
  }

  private setStatus(ticketId: string, status: string): void {
    const code = parseStatus(status);
    if (code === undefined) throw new Error(`aliyun: unknown status ${status}`);
    this.ticket(ticketId).status = code;
  }

  /** JSON view of the state: tickets (with notes), stored attachment objects, and the upload bytes received. */
  snapshot(): { tickets: unknown[]; attachments: unknown[]; uploadBytesReceived: number } {
    const tickets = [...this.store.tickets.values()].map((t) => ({
      TicketId: t.ticketId,
      Title: t.title,
      Description: t.description,
      CategoryId: t.categoryId,
      ProductCode: t.productCode,
      Severity: t.severity,
      Status: t.status,
      StatusName: STATUS_NAMES[t.status],
      CreatorId: t.creatorId,
      CreateTime: t.createTime,
      Email: t.email,
      SecretInfo: t.secretInfo,
      Evaluation: t.evaluation,
      Notes: t.notes.map((n) => ({ DialogId: n.dialogId, CreateTime: n.createTime, Role: n.role, Name: n.name, Content: n.content, Encrypt: n.encrypted, Attachments: n.attachmentKeys })),
    }));
    const attachments = this.store.objects.list().map((o) => ({
      ObjectKey: o.objectKey,
      FileName: o.fileName,
      OwnerUid: o.ownerUid,
      Size: o.bytes?.length,
      Uploaded: o.bytes !== undefined,
      ...(o.received ? { ReceivedBytes: o.received.bytes, Framing: o.received.framing } : {}),
    }));
    return { tickets, attachments, uploadBytesReceived: this.store.objects.receivedBytes };
  }
}

export const aliyunWorkorderPluginFactory: ProviderPluginFactory = {
  name: ALIYUN_PROVIDER,
  create: (options) => new AliyunWorkorderPlugin(options),
};
