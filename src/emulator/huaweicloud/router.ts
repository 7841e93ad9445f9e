/**
 * Route table of the OSM emulator: `{param}` segments, most literal match wins (so `/cases/count`
 * beats `/cases/{case_id}`), unknown paths or methods answer 404 APIGW.0101 like the real gateway.
 */
import type { EmulatorRequest, EmulatorResponse, ProviderContext } from '../types';
import type { Caller } from './auth';
import { parseTimeZoneHeader } from '../../providers/huaweicloud/endpoint';
import { headerValue } from './http';
import type { Localized } from './model';
import { parseJsonObject, QueryReader, type JsonObject } from './params';
import type { OsmEmulatorState } from './state';

export type OsmLanguage = 'zh-cn' | 'en-us';

export interface RouteContext {
  readonly request: EmulatorRequest;
  readonly ctx: ProviderContext;
  readonly state: OsmEmulatorState;
  readonly params: Readonly<Record<string, string>>;
  readonly query: QueryReader;
  readonly language: OsmLanguage;
  /** `X-Time-Zone` in minutes east of UTC (default GMT+8). */
  readonly tzOffsetMinutes: number;
  readonly requestId: string;
  /** The authenticated caller; undefined on anonymous routes. */
  readonly caller: Caller | undefined;
  json(): JsonObject;
  /** The name in the request's language. */
  name(text: Localized): string;
}

export interface OsmRoute {
  readonly method: string;
  readonly pattern: string;
  /** SDK operation name: the unit for latency, faults, throttling and denials. */
  readonly op: string;
  /** IAM routes are signed without `X-Domain-Id`; OSM routes check it. */
  readonly service?: 'osm' | 'iam';
  /** Routes that need no credentials (IAM token issuance). */
  readonly anonymous?: boolean;
  handle(rc: RouteContext): EmulatorResponse;
}

export interface RouteMatch {
  route: OsmRoute;
  params: Record<string, string>;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The best route for a method and raw path, with decoded path parameters. */
export function matchRoute(routes: readonly OsmRoute[], method: string, rawPath: string): RouteMatch | undefined {
  const segments = rawPath.replace(/\/+$/, '').split('/');
  let best: (RouteMatch & { literals: number }) | undefined;
  for (const route of routes) {
    if (route.method !== method) continue;
    const pattern = route.pattern.split('/');
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let literals = 0;
    let matched = true;
    for (let i = 0; i < pattern.length && matched; i++) {
      const p = pattern[i];
      if (p.startsWith('{') && p.endsWith('}')) {
        if (segments[i] === '') matched = false;
        else params[p.slice(1, -1)] = safeDecode(segments[i]);
      } else if (p === segments[i]) {
        literals++;
      } else {
        matched = false;
      }
    }
    if (matched && (!best || literals > best.literals)) best = { route, params, literals };
  }
  return best && { route: best.route, params: best.params };
}

/** Builds the per-request context handed to a route handler. */
export function routeContext(request: EmulatorRequest, ctx: ProviderContext, state: OsmEmulatorState, match: RouteMatch, requestId: string, caller: Caller | undefined): RouteContext {
  const language: OsmLanguage = (headerValue(request, 'x-language') ?? 'zh-cn').toLowerCase().startsWith('en') ? 'en-us' : 'zh-cn';
  const tz = headerValue(request, 'x-time-zone');
  const tzOffsetMinutes = (tz ? parseTimeZoneHeader(tz) : undefined) ?? 8 * 60;
  let body: JsonObject | undefined;
  return {
    request,
    ctx,
    state,
    requestId,
    caller,
    language,
    tzOffsetMinutes,
    params: match.params,
    query: new QueryReader(request.query, requestId),
    json: () => (body ??= parseJsonObject(request.body, requestId)),
    name: (text) => (language === 'en-us' ? text.en : text.zh),
  };
}
