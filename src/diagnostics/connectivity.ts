// Connectivity checks to an account's endpoint, for the diagnostics bundle: DNS lookup, TCP connect,
// TLS handshake (https) and one unauthenticated HTTP round trip, each timed and each with a timeout.
// No credentials are sent. vscode-free.
import { lookup } from 'node:dns/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect as netConnect, isIP } from 'node:net';
import { connect as tlsConnect, type PeerCertificate } from 'node:tls';

export type ConnectivityStepName = 'dns' | 'tcp' | 'tls' | 'http';

export interface ConnectivityStep {
  readonly name: ConnectivityStepName;
  readonly ok: boolean;
  /** Time the step took, in ms (rounded to 0.1). */
  readonly ms: number;
  /** What was found (addresses, protocol, certificate, status) or why it failed. */
  readonly detail: string;
}

export interface ConnectivityOptions {
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
}

const DEFAULT_TIMEOUT_MS = 5_000;

/** Runs the checks in order; a failed DNS lookup skips the rest, a failed TCP connect skips TLS and HTTP. */
export async function checkConnectivity(endpoint: string, options: ConnectivityOptions = {}): Promise<ConnectivityStep[]> {
  const url = new URL(endpoint);
  const https = url.protocol === 'https:';
  const port = Number(url.port || (https ? 443 : 80));
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const steps: ConnectivityStep[] = [];
  const dns = await timed('dns', timeoutMs, options.signal, () => resolve(host));
  steps.push(dns.step);
  if (!dns.value) return steps;
  const address = dns.value;
  const tcp = await timed('tcp', timeoutMs, options.signal, () => connectTcp(address, port, timeoutMs));
  steps.push({ ...tcp.step, detail: tcp.step.ok ? `${formatAddress(address)}:${port}` : tcp.step.detail });
  if (!tcp.step.ok) return steps;
  if (https) steps.push((await timed('tls', timeoutMs, options.signal, () => handshake(address, port, host, timeoutMs))).step);
  steps.push((await timed('http', timeoutMs, options.signal, () => roundTrip(url, timeoutMs))).step);
  return steps;
}

/** The checks as text lines for the bundle. */
export function formatConnectivity(endpoint: string, steps: readonly ConnectivityStep[]): string {
  const lines = [`Endpoint: ${endpoint}`];
  for (const step of steps) lines.push(`${step.name.toUpperCase().padEnd(4)} ${step.ok ? 'ok  ' : 'FAIL'} ${step.ms.toFixed(1).padStart(8)} ms  ${step.detail}`);
  return `${lines.join('\n')}\n`;
}

interface Timed<T> {
  readonly step: ConnectivityStep;
  readonly value?: T;
}

async function timed<T extends { detail: string }>(name: ConnectivityStepName, timeoutMs: number, signal: AbortSignal | undefined, run: () => Promise<T>): Promise<Timed<T>> {
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  try {
    const value = await Promise.race([
      run(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
        onAbort = () => reject(new Error('cancelled'));
        if (signal?.aborted) onAbort();
        signal?.addEventListener('abort', onAbort, { once: true });
      }),
    ]);
    return { step: { name, ok: true, ms: elapsed(), detail: value.detail }, value };
  } catch (error) {
    return { step: { name, ok: false, ms: elapsed(), detail: describeFailure(error) } };
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}

interface Resolved {
  readonly address: string;
  readonly family: number;
  readonly detail: string;
}

async function resolve(host: string): Promise<Resolved> {
  if (isIP(host)) return { address: host, family: isIP(host), detail: `${host} (literal address, no lookup)` };
  const addresses = await lookup(host, { all: true });
  if (addresses.length === 0) throw new Error(`${host} has no address`);
  return { address: addresses[0].address, family: addresses[0].family, detail: `${host} → ${addresses.map((a) => a.address).join(', ')}` };
}

function connectTcp(target: Resolved, port: number, timeoutMs: number): Promise<{ detail: string }> {
  return new Promise((resolvePromise, reject) => {
    const socket = netConnect({ host: target.address, port, family: target.family });
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`timed out after ${timeoutMs} ms`)));
    socket.once('connect', () => {
      socket.destroy();
      resolvePromise({ detail: '' });
    });
    socket.once('error', (error) => {
      socket.destroy();
      reject(error);
    });
  });
}

function handshake(target: Resolved, port: number, serverName: string, timeoutMs: number): Promise<{ detail: string }> {
  return new Promise((resolvePromise, reject) => {
    // The certificate is inspected, not trusted blindly: `authorized` and the reason are reported.
    const socket = tlsConnect({ host: target.address, port, servername: isIP(serverName) ? undefined : serverName, rejectUnauthorized: false });
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`timed out after ${timeoutMs} ms`)));
    socket.once('secureConnect', () => {
      const certificate = socket.getPeerCertificate();
      const trust = socket.authorized ? 'certificate trusted' : `certificate NOT trusted (${String(socket.authorizationError)})`;
      const detail = [socket.getProtocol() ?? 'unknown protocol', socket.getCipher()?.name ?? '', trust, describeCertificate(certificate)].filter(Boolean).join(', ');
      socket.destroy();
      resolvePromise({ detail });
    });
    socket.once('error', (error) => {
      socket.destroy();
      reject(error);
    });
  });
}

function describeCertificate(certificate: PeerCertificate): string {
  if (!certificate || Object.keys(certificate).length === 0) return '';
  const subject = certificate.subject?.CN ?? '';
  const issuer = [certificate.issuer?.O, certificate.issuer?.CN].filter(Boolean).join(' / ');
  return `subject ${subject}, issuer ${issuer}, valid until ${certificate.valid_to}`;
}

function roundTrip(url: URL, timeoutMs: number): Promise<{ detail: string }> {
  return new Promise((resolvePromise, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(new URL('/', url), { method: 'GET', timeout: timeoutMs, headers: { 'user-agent': 'cloud-tickets-diagnostics' } }, (response) => {
      response.resume();
      response.once('end', () => resolvePromise({ detail: `GET / → HTTP ${response.statusCode ?? '?'} (any answer proves the endpoint is reachable)` }));
      response.once('error', reject);
    });
    request.once('timeout', () => request.destroy(new Error(`timed out after ${timeoutMs} ms`)));
    request.once('error', reject);
    request.end();
  });
}

function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  return code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
}

function formatAddress(address: Resolved): string {
  return address.family === 6 ? `[${address.address}]` : address.address;
}
