// The control API over HTTP, for tools outside the test process (demo scripts, manual runs). Every route
// maps onto one EmulatorControl method; bodies and answers are JSON.
//
//   POST   /__control/reset
//   GET    /__control/requests                    DELETE /__control/requests
//   GET    /__control/requests/count?provider=&action=   {count} (exact at any volume)
//   POST   /__control/latency   {ms,jitterMs?,provider?,action?}      DELETE /__control/latency
//   POST   /__control/faults    {provider?,action?,times?,fault}      GET/DELETE /__control/faults
//   POST   /__control/throttle  {provider?,action?,limit,windowMs?,error?}  DELETE /__control/throttle
//   POST   /__control/deny      {provider,accessKeyId,action}         POST /__control/allow (same body)
//   POST   /__control/credentials  EmulatorCredential
//   GET    /__control/clock     POST /__control/clock {set?,advance?,freeze?,unfreeze?,real?}
//   POST   /__control/agent-delay {ms|null}
//   GET    /__control/fixtures      the fixtures document in use (as --print-fixtures prints it)
//   POST   /__control/fixtures      a fixtures document → {loaded:[provider…]}; replaces those providers' data
//   GET    /__control/providers/<name>/state
//   GET    /__control/providers/<name>/attachments/<key>      (raw bytes)
//   POST   /__control/providers/<name>/agent-reply {ticketId,content,status?,agentName?,keepStatus?}
//          the support agent answers now; keepStatus: true leaves the status as it is (a reply only the
//          conversation shows, on every provider)
//   POST   /__control/providers/<name>/status      {ticketId,status}
//   POST   /__control/providers/<name>/command/<cmd>  (provider-specific)
import type { EmulatorControl } from './control';
import type { EmulatorCredential, EmulatorRequest, EmulatorResponse, FaultRule, LatencyRule, ThrottleRule } from './types';

export const CONTROL_PREFIX = '/__control';

class ControlInputError extends Error {}

function json(status: number, value: unknown): EmulatorResponse {
  return { status, headers: { 'content-type': 'application/json;charset=utf-8' }, body: JSON.stringify(value ?? null) };
}

function bodyObject(request: EmulatorRequest): Record<string, unknown> {
  if (request.body.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(request.body.toString('utf8'));
  } catch {
    throw new ControlInputError('control body must be JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new ControlInputError('control body must be a JSON object');
  return parsed as Record<string, unknown>;
}

function requiredString(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== 'string' || value === '') throw new ControlInputError(`"${name}" must be a non-empty string`);
  return value;
}

function optionalString(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new ControlInputError(`"${name}" must be a string`);
  return value;
}

/** The provider and action a request count is asked for (query parameters). */
function countFilter(request: EmulatorRequest): { provider?: string; action?: string } {
  const provider = request.query.get('provider')?.[0];
  const action = request.query.get('action')?.[0];
  return { ...(provider ? { provider } : {}), ...(action ? { action } : {}) };
}

/** Answers one /__control request. */
export async function handleControlRequest(request: EmulatorRequest, control: EmulatorControl): Promise<EmulatorResponse> {
  try {
    return routeControl(request, control) ?? json(404, { error: `no control route ${request.method} ${request.path}` });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const status = error instanceof ControlInputError || !message.startsWith('unknown emulator provider') ? 400 : 404;
    return json(status, { error: message });
  }
}

function routeControl(request: EmulatorRequest, control: EmulatorControl): EmulatorResponse | undefined {
  const segments = request.path.slice(CONTROL_PREFIX.length).split('/').filter(Boolean).map(decodeURIComponent);
  const route = `${request.method} ${segments[0] ?? ''}`;
  if (segments[0] === 'providers') return routeProvider(request, control, segments.slice(1));
  switch (route) {
    case 'POST reset':
      control.reset();
      return json(200, { ok: true });
    case 'GET requests':
      // `requests/count?provider=&action=`: exact at any volume (the list keeps the recent 2,000).
      if (segments[1] === 'count') return json(200, { count: control.requestCount(countFilter(request)) });
      return json(200, control.requests());
    case 'DELETE requests':
      control.clearRequests();
      return json(200, { ok: true });
    case 'POST latency':
      control.addLatency(bodyObject(request) as unknown as LatencyRule);
      return json(200, { ok: true });
    case 'DELETE latency':
      control.clearLatency();
      return json(200, { ok: true });
    case 'POST faults':
      control.injectFault(asFaultRule(bodyObject(request)));
      return json(200, { ok: true });
    case 'GET faults':
      return json(200, control.pendingFaults());
    case 'DELETE faults':
      control.clearFaults();
      return json(200, { ok: true });
    case 'POST throttle':
      control.addThrottle(bodyObject(request) as unknown as ThrottleRule);
      return json(200, { ok: true });
    case 'DELETE throttle':
      control.clearThrottles();
      return json(200, { ok: true });
    case 'POST deny':
    case 'POST allow': {
      const body = bodyObject(request);
      const args = [requiredString(body, 'provider'), requiredString(body, 'accessKeyId'), requiredString(body, 'action')] as const;
      if (segments[0] === 'deny') control.deny(...args);
      else control.allow(...args);
      return json(200, { ok: true });
    }
    case 'POST credentials':
      control.addCredential(asCredential(bodyObject(request)));
      return json(200, { ok: true });
    case 'GET clock':
      return json(200, { now: control.clock.now(), frozen: control.clock.frozen });
    case 'POST clock':
      applyClock(control, bodyObject(request));
      return json(200, { now: control.clock.now(), frozen: control.clock.frozen });
    case 'GET fixtures':
      return json(200, control.fixturesDocument());
    case 'POST fixtures':
      return json(200, { loaded: control.loadFixtures(bodyObject(request)) });
    case 'POST agent-delay': {
      const ms = bodyObject(request).ms;
      if (ms !== null && ms !== undefined && typeof ms !== 'number') throw new ControlInputError('"ms" must be a number or null');
      control.setAgentDelay(typeof ms === 'number' ? ms : undefined);
      return json(200, { ok: true });
    }
    default:
      return undefined;
  }
}

function routeProvider(request: EmulatorRequest, control: EmulatorControl, segments: string[]): EmulatorResponse | undefined {
  const [name, operation, argument] = segments;
  if (!name) return json(200, control.providerNames());
  const plugin = control.provider(name);
  switch (`${request.method} ${operation ?? ''}`) {
    case 'GET state':
      return json(200, plugin.control.snapshot());
    case 'GET attachments': {
      const bytes = argument === undefined ? undefined : plugin.control.attachment(argument);
      if (!bytes) return json(404, { error: 'no such attachment' });
      return { status: 200, headers: { 'content-type': 'application/octet-stream' }, body: bytes };
    }
    case 'POST agent-reply': {
      const body = bodyObject(request);
      const id = plugin.control.agentReply(requiredString(body, 'ticketId'), requiredString(body, 'content'), {
        status: optionalString(body, 'status'),
        agentName: optionalString(body, 'agentName'),
        keepStatus: body.keepStatus === true,
      });
      return json(200, { id });
    }
    case 'POST status': {
      const body = bodyObject(request);
      plugin.control.setStatus(requiredString(body, 'ticketId'), requiredString(body, 'status'));
      return json(200, { ok: true });
    }
    case 'POST command':
      if (!plugin.control.command || argument === undefined) return undefined;
      return json(200, plugin.control.command(argument, bodyObject(request)));
    default:
      return undefined;
  }
}

function asFaultRule(body: Record<string, unknown>): FaultRule {
  const fault = body.fault;
  if (typeof fault !== 'object' || fault === null) throw new ControlInputError('"fault" must be an object with a "kind"');
  return body as unknown as FaultRule;
}

function asCredential(body: Record<string, unknown>): EmulatorCredential {
  requiredString(body, 'provider');
  requiredString(body, 'accessKeyId');
  requiredString(body, 'accessKeySecret');
  requiredString(body, 'accountId');
  return body as unknown as EmulatorCredential;
}

function applyClock(control: EmulatorControl, body: Record<string, unknown>): void {
  const clock = control.clock;
  if (body.real === true) clock.useRealTime();
  if (typeof body.set === 'number') clock.set(body.set);
  if (typeof body.advance === 'number') clock.advance(body.advance);
  if (body.freeze === true) clock.freeze();
  if (body.unfreeze === true) clock.unfreeze();
}
