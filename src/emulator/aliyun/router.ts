// Dispatch of one RPC call: Action/Version lookup → signature → RAM denial → action handler, and the
// success/error envelopes around it (spec §7).
import type { EmulatorRequest, EmulatorResponse, ProviderContext } from '../types';
import { actionAndVersion, authenticate } from './auth';
import { AliyunRequestError, DEFAULT_HOST_ID, forbiddenRam, gatewayErrors, missingParameter, renderAliyunError, workorderErrors } from './errors';
import type { TicketLifecycle } from './lifecycle';
import { ActionParams, mergedParams } from './params';
import { actions2020 } from './routes-2020';
import { catalogueActions2021 } from './routes-2021-catalogue';
import { ticketActions2021 } from './routes-2021-tickets';
import type { ActionHandler } from './routes-types';
import type { WorkorderStore } from './store';

export const VERSION_2021 = '2021-06-10';
export const VERSION_2020 = '2020-03-26';

const ROUTES: Readonly<Record<string, Readonly<Record<string, ActionHandler>>>> = {
  [VERSION_2021]: { ...ticketActions2021, ...catalogueActions2021 },
  [VERSION_2020]: actions2020,
};

export interface RouterDependencies {
  readonly provider: string;
  readonly store: WorkorderStore;
  readonly lifecycle: TicketLifecycle;
  /** Actions denied by the fixtures for a key ('*' = all). */
  readonly fixtureDenials: (accessKeyId: string, action: string) => boolean;
}

/** HostId of the envelope: the Alibaba host the client addressed, or the central endpoint. */
export function hostIdOf(request: EmulatorRequest): string {
  const host = request.host.replace(/:\d+$/, '');
  return host.endsWith('.aliyuncs.com') ? host : DEFAULT_HOST_ID;
}

export function routeRpcCall(request: EmulatorRequest, ctx: ProviderContext, deps: RouterDependencies): EmulatorResponse {
  const requestId = ctx.newRequestId();
  try {
    const result = dispatch(request, ctx, deps, requestId);
    return result;
  } catch (error) {
    if (error instanceof AliyunRequestError) return renderAliyunError(error.error, requestId, hostIdOf(request));
    return renderAliyunError(workorderErrors.systemError, requestId, hostIdOf(request));
  }
}

function dispatch(request: EmulatorRequest, ctx: ProviderContext, deps: RouterDependencies, requestId: string): EmulatorResponse {
  const params = mergedParams(request);
  const { action, version } = actionAndVersion(request, params);
  if (!action) throw new AliyunRequestError(missingParameter('Action'));
  if (!version) throw new AliyunRequestError(missingParameter('Version'));
  const routes = ROUTES[version];
  if (!routes) throw new AliyunRequestError(gatewayErrors.invalidVersion);
  const handler = Object.hasOwn(routes, action) ? routes[action] : undefined;
  if (!handler) throw new AliyunRequestError(gatewayErrors.actionNotFound);
  const caller = authenticate(request, params, ctx, deps.provider);
  const keyId = caller.credential.accessKeyId;
  if (ctx.credentials.isDenied(deps.provider, keyId, action) || deps.fixtureDenials(keyId, action)) {
    throw new AliyunRequestError(forbiddenRam(action, caller.credential.principalName ?? keyId, caller.credential.accountId));
  }
  const result = handler({ params: new ActionParams(params, version, action), caller, store: deps.store, lifecycle: deps.lifecycle, ctx });
  const body: Record<string, unknown> = {
    RequestId: requestId,
    Success: true,
    Code: result.code ?? (version === VERSION_2020 ? 200 : 0),
    Message: result.message ?? 'success',
    ...result.fields,
  };
  if (result.data !== undefined) body.Data = result.data;
  return {
    status: 200,
    headers: { 'content-type': 'application/json;charset=utf-8', 'x-acs-request-id': requestId },
    body: JSON.stringify(body),
  };
}
