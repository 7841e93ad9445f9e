/**
 * Endpoint, site and locale settings of the OSM client (spec §1.2, §1.5).
 * OSM is a global service that lives in one region; the site (China / International) is chosen with the
 * `X-Site` header, not by the host.
 */
import type { ErrorReason } from '../../core/error-reasons';

/** 0 = China site (Huawei Cloud, default), 1 = International site. */
export type OsmSite = 'china' | 'international';

/** `site` account setting: "international"/"intl"/"1" → International, anything else → China. */
export function siteOf(value: string | undefined): OsmSite {
  const v = (value ?? '').trim().toLowerCase();
  return v === 'international' || v === 'intl' || v === '1' ? 'international' : 'china';
}

/** Known OSM hosts. The doc's `.com` host is the default; the SDK uses `.cn` for the same region. */
export const OSM_ENDPOINT_PRESETS = {
  'cn-south-1': 'https://osm.cn-south-1.myhuaweicloud.com',
  'cn-south-1-cn': 'https://osm.cn-south-1.myhuaweicloud.cn',
  'ap-southeast-3': 'https://osm.ap-southeast-3.myhuaweicloud.com',
} as const;
export type OsmEndpointPreset = keyof typeof OSM_ENDPOINT_PRESETS;

const GLOBAL_IAM_COM = 'https://iam.myhuaweicloud.com';
const GLOBAL_IAM_CN = 'https://iam.myhuaweicloud.cn';

/** The default OSM endpoint of a site: the doc's host for China, Singapore for International. */
export function defaultOsmEndpoint(site: OsmSite): string {
  return site === 'international' ? OSM_ENDPOINT_PRESETS['ap-southeast-3'] : OSM_ENDPOINT_PRESETS['cn-south-1'];
}

/** `X-Site` header value. */
export function siteHeader(site: OsmSite): string {
  return site === 'international' ? '1' : '0';
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * Normalises an endpoint URL: trims, drops a trailing slash and a default port (the signer signs the
 * authority as written, and `https://h:443` would sign `h:443`, spec §5.3). Plain http is accepted only
 * for loopback hosts (the emulator) so that signatures and tokens never travel unencrypted.
 * Returns what is wrong (a reason the host words) instead of throwing.
 */
export function normaliseEndpoint(raw: string): { url: string } | { error: Extract<ErrorReason, { id: 'invalid-endpoint' }> } {
  const example = OSM_ENDPOINT_PRESETS['cn-south-1'];
  let parsed: URL;
  try {
    parsed = new URL(raw.trim());
  } catch {
    return { error: { id: 'invalid-endpoint', endpoint: raw, rule: 'not-a-url', example } };
  }
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname))) {
    return { error: { id: 'invalid-endpoint', endpoint: raw, rule: 'https-only', example } };
  }
  if (parsed.search || parsed.hash) return { error: { id: 'invalid-endpoint', endpoint: raw, rule: 'no-query', example } };
  const path = parsed.pathname.replace(/\/+$/, '');
  return { url: `${parsed.protocol}//${parsed.host}${path}` };
}

/**
 * The IAM endpoint used to discover the account id: the global IAM host of the same top-level domain,
 * or the endpoint itself when it is not a Huawei Cloud host (a local emulator serves IAM routes too).
 */
export function iamEndpointFor(osmEndpoint: string): string {
  const host = new URL(osmEndpoint).hostname;
  if (host.endsWith('.myhuaweicloud.cn')) return GLOBAL_IAM_CN;
  if (host.endsWith('.myhuaweicloud.com')) return GLOBAL_IAM_COM;
  return osmEndpoint;
}

/** `X-Language` from a display locale such as VS Code's `vscode.env.language` ("zh-cn", "en", "de"). */
export function languageHeader(locale: string): 'zh-cn' | 'en-us' {
  return locale.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en-us';
}

/**
 * `X-Time-Zone` from an offset in minutes east of UTC (`-new Date().getTimezoneOffset()`):
 * whole hours as `GMT+8` (the doc's default form), others as `GMT+05:30`.
 */
export function timeZoneHeader(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(Math.trunc(offsetMinutes));
  const hours = Math.floor(abs / 60);
  const minutes = abs % 60;
  if (minutes === 0) return `GMT${sign}${hours}`;
  return `GMT${sign}${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Parses an `X-Time-Zone` value back into minutes east of UTC; undefined when malformed. */
export function parseTimeZoneHeader(value: string): number | undefined {
  const m = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(value.trim());
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? '0');
  if (minutes > 14 * 60) return undefined;
  return m[1] === '-' ? -minutes : minutes;
}
