/**
 * The Huawei Cloud OSM provider plugin: OSM v2 routes under `/v2/servicerequest`, the IAM routes the
 * client needs under `/v3`, and loopback download URLs under `/__osm-obs/`. Authentication and
 * X-Domain-Id checks run before every route; business errors are HTTP 200 bodies.
 */
import type { EmulatorCredential, EmulatorRequest, EmulatorResponse, NativeErrorSpec, PluginFactoryOptions, ProviderContext, ProviderControl, ProviderPlugin, ProviderPluginFactory } from '../types';
import { authenticate, checkDenied, OSM_PROVIDER } from './auth';
import { businessError, gatewayError, headerValue, malformed, objectResponse, OsmReply } from './http';
import { OsmCaseLifecycle } from './lifecycle';
import { matchRoute, routeContext, type OsmRoute } from './router';
import { actionRoutes } from './routes/actions';
import { authorizationRoutes } from './routes/authorizations';
import { attachmentRoutes, contentTypeOf, OBS_PATH_PREFIX, urlSignature } from './routes/attachments';
import { caseRoutes } from './routes/cases';
import { configRoutes } from './routes/config';
import { iamRoutes } from './routes/iam';
import { labelRoutes } from './routes/labels';
import { messageRoutes } from './routes/messages';
import { verificationRoutes } from './routes/verification';
import { snapshotState } from './snapshot';
import { exportOsmFixtures } from './fixtures/export';
import type { OsmFixtures } from './fixtures/format';
import { readOsmFixtures } from './fixtures/read';
import { sampleOsmFixtures } from './fixtures/sample';
import { seedOsmState } from './fixtures/seed';
import type { OsmEmulatorState } from './state';
import { runOsmCommand } from './commands';

export const OSM_ROUTES: readonly OsmRoute[] = [
  ...iamRoutes,
  ...configRoutes,
  ...caseRoutes,
  ...messageRoutes,
  ...attachmentRoutes,
  ...actionRoutes,
  ...labelRoutes,
  ...verificationRoutes,
  ...authorizationRoutes,
];

const PATH_PREFIXES = ['/v2/servicerequest/', '/v2.0/servicerequest/', '/v1.0/servicerequest/', '/v3/', OBS_PATH_PREFIX];

export class HuaweiCloudOsmPlugin implements ProviderPlugin {
  readonly name = OSM_PROVIDER;
  readonly throttlingError: NativeErrorSpec = { status: 429, code: 'APIGW.0308', message: 'The throttling threshold has been reached.' };
  readonly control: ProviderControl;
  state!: OsmEmulatorState;
  lifecycle!: OsmCaseLifecycle;
  /** The checked fixtures section every reset re-seeds from. */
  private fixtures!: OsmFixtures;

  constructor(private readonly options: PluginFactoryOptions) {
    this.stageFixtures(options.fixtures)();
    this.control = {
      agentReply: (ticketId, content, opts) =>
        this.lifecycle.reply(ticketId, content, {
          agentName: opts?.agentName,
          attachments: opts?.attachments,
          status: opts?.status === undefined ? undefined : statusCode(opts.status),
        }),
      setStatus: (ticketId, status) => this.lifecycle.setStatus(ticketId, status),
      snapshot: () => snapshotState(this.state),
      attachment: (key) => this.state.attachments.get(key)?.bytes,
      command: (name, args) => runOsmCommand(this.state, this.lifecycle, name, args),
    };
  }

  matches(request: EmulatorRequest): boolean {
    return PATH_PREFIXES.some((prefix) => request.path.startsWith(prefix));
  }

  actionOf(request: EmulatorRequest): string {
    if (request.path.startsWith(OBS_PATH_PREFIX)) return 'GetAccessoryObject';
    return matchRoute(OSM_ROUTES, request.method, request.path)?.route.op ?? 'UnknownApi';
  }

  handle(request: EmulatorRequest, ctx: ProviderContext): EmulatorResponse {
    const requestId = ctx.newRequestId().replace(/-/g, '').toLowerCase();
    try {
      const response = request.path.startsWith(OBS_PATH_PREFIX) ? this.serveObject(request) : this.dispatch(request, ctx, requestId);
      return { ...response, headers: { ...response.headers, 'x-request-id': requestId } };
    } catch (error) {
      if (error instanceof OsmReply) return { ...error.response, headers: { ...error.response.headers, 'x-request-id': requestId } };
      throw error;
    }
  }

  private dispatch(request: EmulatorRequest, ctx: ProviderContext, requestId: string): EmulatorResponse {
    const match = matchRoute(OSM_ROUTES, request.method, request.path);
    if (!match) throw gatewayError(404, 'APIGW.0101', 'The API does not exist or has not been published in the environment.', requestId);
    const service = match.route.service ?? 'osm';
    const caller = match.route.anonymous ? undefined : authenticate(request, ctx, this.state, service, requestId);
    if (caller) checkDenied(ctx, caller, match.route.op, requestId);
    // The emulator holds one account's tickets; any other account cannot be resolved as a customer.
    if (caller && service === 'osm' && caller.domainId !== this.state.account.domainId) throw businessError('OSM.01010011');
    // An account lives on one site; asked on the other (`X-Site`), the service cannot find the customer.
    if (caller && service === 'osm' && siteOf(request, requestId) !== this.state.site) throw businessError('OSM.01010011');
    return match.route.handle(routeContext(request, ctx, this.state, match, requestId, caller));
  }

  /** Temporary download URL (5.2.1): no credentials, but an unexpired signature. */
  private serveObject(request: EmulatorRequest): EmulatorResponse {
    const id = request.path.slice(OBS_PATH_PREFIX.length);
    const expires = Number(request.query.get('expires')?.[0] ?? '0');
    const attachment = this.state.attachments.get(id);
    const valid = attachment && request.query.get('sig')?.[0] === urlSignature(id, expires) && expires > this.state.now().getTime();
    if (!attachment || !valid) return { status: 403, headers: { 'content-type': 'application/xml' }, body: '<Error><Code>AccessDenied</Code></Error>' };
    return objectResponse(request, attachment.bytes, contentTypeOf(attachment.name), attachment.name);
  }

  renderError(error: NativeErrorSpec, _request: EmulatorRequest, ctx: ProviderContext): EmulatorResponse {
    const requestId = ctx.newRequestId().replace(/-/g, '').toLowerCase();
    return gatewayError(error.status, error.code, error.message, requestId).response;
  }

  credentials(): readonly EmulatorCredential[] {
    return this.fixtures.accessKeys.map((k) => ({
      provider: OSM_PROVIDER,
      accessKeyId: k.accessKeyId,
      accessKeySecret: k.accessKeySecret,
      accountId: k.domainId,
      principalName: k.principalName,
      securityToken: k.securityToken,
      disabled: k.disabled,
      securityTokenExpiresAt: k.securityTokenExpiration === undefined ? undefined : Date.parse(k.securityTokenExpiration),
    }));
  }

  reset(): void {
    this.state = seedOsmState(this.fixtures, () => new Date(this.options.clock.now()));
    this.lifecycle = new OsmCaseLifecycle(this.state);
  }

  /** The section in use, written out in full (what a fresh seed holds). */
  fixtureSection(): OsmFixtures {
    return exportOsmFixtures(seedOsmState(this.fixtures, () => new Date(this.options.clock.now())));
  }

  /** Validates a section (undefined = the built-in sample) and returns what replaces the data with it. */
  stageFixtures(section: unknown): () => void {
    const fixtures = readOsmFixtures(section, sampleOsmFixtures());
    return () => {
      this.fixtures = fixtures;
      this.reset();
    };
  }
}

/** `X-Site` (absent = 0, China); anything but 0 or 1 is a malformed request. */
function siteOf(request: EmulatorRequest, requestId: string): 0 | 1 {
  const value = headerValue(request, 'x-site') ?? '0';
  if (value !== '0' && value !== '1') throw malformed(requestId);
  return value === '1' ? 1 : 0;
}

function statusCode(status: string): number | string {
  return /^\d+$/.test(status) ? Number(status) : status;
}

export const huaweiCloudOsmPluginFactory: ProviderPluginFactory = {
  name: OSM_PROVIDER,
  create: (options) => new HuaweiCloudOsmPlugin(options),
};
