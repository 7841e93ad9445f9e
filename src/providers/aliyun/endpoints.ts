/**
 * Endpoint resolution (spec §1): explicit override > regional host for ap-southeast-1 /
 * ap-northeast-1 > the central `workorder.aliyuncs.com`.
 */
import { TicketError } from '../../core/errors';
import { PROVIDER_NAME } from './errors';

export const CENTRAL_HOST = 'workorder.aliyuncs.com';

const REGIONAL_HOSTS: Readonly<Record<string, string>> = {
  'ap-northeast-1': 'workorder.ap-northeast-1.aliyuncs.com',
  'ap-southeast-1': 'workorder.ap-southeast-1.aliyuncs.com',
};

export interface AliyunEndpoint {
  /** Origin the requests go to, without a trailing slash (`https://workorder.aliyuncs.com`). */
  readonly origin: string;
  /** Value of the signed `host` header (`workorder.aliyuncs.com`, `127.0.0.1:8123`). */
  readonly host: string;
}

/** Resolves where to send requests; throws `invalid-input` for an unusable override. */
export function resolveEndpoint(options: { readonly endpoint?: string; readonly region?: string }): AliyunEndpoint {
  const override = options.endpoint?.trim();
  if (override) {
    return parseOverride(override);
  }
  const host = (options.region && REGIONAL_HOSTS[options.region]) || CENTRAL_HOST;
  return { origin: `https://${host}`, host };
}

function parseOverride(text: string): AliyunEndpoint {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw badEndpoint(text);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || (url.pathname !== '/' && url.pathname !== '')) {
    throw badEndpoint(text);
  }
  return { origin: `${url.protocol}//${url.host}`, host: url.host };
}

function badEndpoint(text: string): TicketError {
  return new TicketError({
    kind: 'invalid-input',
    code: 'InvalidEndpoint',
    provider: PROVIDER_NAME,
    reason: { id: 'invalid-endpoint', endpoint: text, rule: 'host-only', example: CENTRAL_HOST },
  });
}
