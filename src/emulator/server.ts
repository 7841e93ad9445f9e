// The emulator's HTTP server: parses requests, routes /__control/ to the control API and everything else
// to the first plugin that matches, applying latency, faults and throttling on the way.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { TimedAgentScheduler } from './agent';
import { ControllableClock } from './clock';
import { EmulatorControl } from './control';
import { handleControlRequest, CONTROL_PREFIX } from './control-http';
import { CredentialTable, WindowedNonceCache } from './credentials';
import { FaultQueue, LatencyTable, Throttle } from './faults';
import { fixtureSections } from './fixtures';
import { defaultProviderFactories } from './registry';
import { buildRequest, readBody } from './request';
import { RequestLog } from './request-log';
import type { EmulatorCredential, EmulatorRequest, EmulatorResponse, FaultKind, ProviderContext, ProviderPlugin, ProviderPluginFactory } from './types';

export interface StartEmulatorOptions {
  /** TCP port; 0 (default) picks a free one. */
  readonly port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  readonly host?: string;
  /** JSON fixtures document (docs/emulator-fixtures.md); each provider reads its own section, absent ones keep their sample. */
  readonly fixturesFile?: string;
  /** Already-parsed fixtures document (wins over fixturesFile). */
  readonly fixtures?: unknown;
  /** Providers to host, by registry name or as factories (default: every registered provider). */
  readonly providers?: readonly (string | ProviderPluginFactory)[];
  /** Delay after which the simulated agent answers; omitted = agent off. */
  readonly agentDelayMs?: number;
}

export interface RunningEmulator {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  /** Test key pairs per provider name (as the fixtures in use seed them). */
  readonly credentials: Readonly<Record<string, readonly EmulatorCredential[]>>;
  readonly control: EmulatorControl;
  close(): Promise<void>;
}

/** Starts the emulator and resolves once it listens. */
export async function startEmulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const clock = new ControllableClock();
  const document = options.fixtures ?? (options.fixturesFile ? readFixturesFile(options.fixturesFile) : {});
  const { plugins, knownProviders } = instantiatePlugins(options.providers, document, clock);
  const credentials = new CredentialTable();
  credentials.replaceAll([...plugins.values()].flatMap((plugin) => [...plugin.credentials()]));
  const nonces = new WindowedNonceCache(clock);
  const agent = new TimedAgentScheduler(options.agentDelayMs);
  const faults = new FaultQueue();
  const latency = new LatencyTable();
  const throttle = new Throttle(clock);
  const requestLog = new RequestLog();
  const control = new EmulatorControl({ clock, plugins, credentials, nonces, faults, latency, throttle, agent, requestLog, knownProviders });

  let baseUrl = '';
  const context: ProviderContext = {
    clock,
    credentials,
    nonces,
    agent,
    get baseUrl() {
      return baseUrl;
    },
    newRequestId: () => randomUUID().toUpperCase(),
  };
  const pipeline = new RequestPipeline(plugins, context, faults, latency, throttle, requestLog);
  const sockets = new Set<Socket>();
  const server = createServer((incoming, outgoing) => {
    void serve(incoming, outgoing, control, pipeline);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await listen(server, options.port ?? 0, options.host ?? '127.0.0.1');
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://127.0.0.1:${port}`;
  return {
    url: baseUrl,
    port,
    get credentials() {
      const perProvider: Record<string, readonly EmulatorCredential[]> = {};
      for (const name of plugins.keys()) perProvider[name] = credentials.list(name);
      return perProvider;
    },
    control,
    close: () => closeServer(server, sockets, agent),
  };
}

function readFixturesFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read emulator fixtures ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function instantiatePlugins(wanted: StartEmulatorOptions['providers'], document: unknown, clock: ControllableClock): { plugins: Map<string, ProviderPlugin>; knownProviders: string[] } {
  const registry = defaultProviderFactories();
  const factories = (wanted ?? registry.map((factory) => factory.name)).map((entry) => {
    if (typeof entry !== 'string') return entry;
    const factory = registry.find((candidate) => candidate.name === entry);
    if (!factory) throw new Error(`unknown emulator provider: ${entry} (known: ${registry.map((f) => f.name).join(', ')})`);
    return factory;
  });
  const knownProviders = [...new Set([...registry, ...factories].map((factory) => factory.name))];
  const sections = fixtureSections(document, knownProviders);
  const plugins = new Map<string, ProviderPlugin>();
  for (const factory of factories) {
    plugins.set(factory.name, factory.create({ fixtures: sections.get(factory.name), clock }));
  }
  return { plugins, knownProviders };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closeServer(server: Server, sockets: Set<Socket>, agent: TimedAgentScheduler): Promise<void> {
  agent.cancelAll();
  return new Promise((resolve) => {
    server.close(() => resolve());
    for (const socket of sockets) socket.destroy();
  });
}

async function serve(incoming: IncomingMessage, outgoing: ServerResponse, control: EmulatorControl, pipeline: RequestPipeline): Promise<void> {
  let request: EmulatorRequest;
  try {
    request = buildRequest(incoming, await readBody(incoming));
  } catch (error) {
    if (!outgoing.headersSent) writeResponse(outgoing, { status: 413, body: String(error) });
    return;
  }
  try {
    if (request.path === CONTROL_PREFIX || request.path.startsWith(`${CONTROL_PREFIX}/`)) {
      writeResponse(outgoing, await handleControlRequest(request, control));
      return;
    }
    await pipeline.run(request, outgoing);
  } catch (error) {
    if (!outgoing.headersSent && !outgoing.destroyed) {
      writeResponse(outgoing, jsonResponse(500, { error: 'emulator failure', detail: error instanceof Error ? error.message : String(error) }));
    }
  }
}

export function writeResponse(outgoing: ServerResponse, response: EmulatorResponse): void {
  const body = response.body ?? '';
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  outgoing.writeHead(response.status, { ...response.headers, 'content-length': String(bytes.length) });
  outgoing.end(bytes);
}

export function jsonResponse(status: number, value: unknown, headers: Record<string, string> = {}): EmulatorResponse {
  return { status, headers: { 'content-type': 'application/json;charset=utf-8', ...headers }, body: JSON.stringify(value) };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Latency → fault → throttling → plugin, with a request log line for each call. */
class RequestPipeline {
  constructor(
    private readonly plugins: ReadonlyMap<string, ProviderPlugin>,
    private readonly context: ProviderContext,
    private readonly faults: FaultQueue,
    private readonly latency: LatencyTable,
    private readonly throttle: Throttle,
    private readonly log: RequestLog,
  ) {}

  async run(request: EmulatorRequest, outgoing: ServerResponse): Promise<void> {
    const plugin = [...this.plugins.values()].find((candidate) => candidate.matches(request));
    if (!plugin) {
      this.record(request, undefined, undefined, 404);
      writeResponse(outgoing, jsonResponse(404, { error: 'no emulated provider serves this request', path: request.path }));
      return;
    }
    const action = plugin.actionOf(request);
    const delay = this.latency.delayFor(plugin.name, action);
    if (delay > 0) await sleep(delay);
    const fault = this.faults.take(plugin.name, action);
    const response = await this.respond(plugin, action, request, fault);
    if (fault?.kind === 'close' || fault?.kind === 'commit-then-drop' || response === undefined) {
      this.record(request, plugin.name, action, undefined, fault?.kind);
      outgoing.socket?.destroy();
      return;
    }
    this.record(request, plugin.name, action, response.status, fault?.kind);
    // Clients estimate the server's clock from `Date` (issue #15): it follows the emulator clock, so a
    // test that moves that clock sees a server whose clock differs from the client's.
    const dated = { ...response, headers: { date: new Date(this.context.clock.now()).toUTCString(), ...response.headers } };
    if (!outgoing.destroyed) writeResponse(outgoing, dated);
  }

  private async respond(plugin: ProviderPlugin, action: string, request: EmulatorRequest, fault: FaultKind | undefined): Promise<EmulatorResponse | undefined> {
    switch (fault?.kind) {
      case 'close':
        return undefined;
      case 'error':
        return plugin.renderError(fault, request, this.context);
      case 'http':
        return { status: fault.status, headers: fault.headers, body: fault.body ?? '' };
      case 'malformed-json':
        return { status: 200, headers: { 'content-type': 'application/json;charset=utf-8' }, body: `{"RequestId":"${this.context.newRequestId()}","Success":tr` };
      case 'oversize': {
        const head = `{"RequestId":"${this.context.newRequestId()}","Padding":"`;
        return { status: 200, headers: { 'content-type': 'application/json;charset=utf-8' }, body: `${head}${'a'.repeat(Math.max(0, fault.bytes - head.length - 2))}"}` };
      }
      case 'delay':
        await sleep(fault.ms);
        break;
      default:
        break;
    }
    const throttled = this.throttle.check(plugin.name, action);
    if (throttled !== undefined) return plugin.renderError(throttled === true ? plugin.throttlingError : throttled, request, this.context);
    return plugin.handle(request, this.context);
  }

  private record(request: EmulatorRequest, provider: string | undefined, action: string | undefined, status: number | undefined, fault?: FaultKind['kind']): void {
    this.log.record({ at: this.context.clock.now(), provider, action, method: request.method, url: request.url, status, fault });
  }
}
