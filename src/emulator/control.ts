// In-process control API. Tests hold this object; the HTTP control routes (/__control/...) call the same
// methods, so both paths behave identically.
import type { TimedAgentScheduler } from './agent';
import type { ControllableClock } from './clock';
import type { CredentialTable, WindowedNonceCache } from './credentials';
import type { FaultQueue, LatencyTable, Throttle } from './faults';
import { FixtureError } from './fixture-checks';
import { fixtureSections } from './fixtures';
import type { RequestLog } from './request-log';
import type { AgentReplyOptions, EmulatorCredential, FaultRule, LatencyRule, ProviderPlugin, RequestLogEntry, ThrottleRule } from './types';

export interface ControlDependencies {
  readonly clock: ControllableClock;
  readonly plugins: ReadonlyMap<string, ProviderPlugin>;
  readonly credentials: CredentialTable;
  readonly nonces: WindowedNonceCache;
  readonly faults: FaultQueue;
  readonly latency: LatencyTable;
  readonly throttle: Throttle;
  readonly agent: TimedAgentScheduler;
  readonly requestLog: RequestLog;
  /** Every provider name a fixtures document may have a section for (registered, hosted or not). */
  readonly knownProviders: readonly string[];
}

export class EmulatorControl {
  constructor(private readonly deps: ControlDependencies) {}

  /** The emulator clock: freeze/set/advance it to test time windows and expiry. */
  get clock(): ControllableClock {
    return this.deps.clock;
  }

  addLatency(rule: LatencyRule): void {
    this.deps.latency.add(rule);
  }

  clearLatency(): void {
    this.deps.latency.clear();
  }

  /** Queue a fault for the next `rule.times` (default 1) calls matching provider/action. */
  injectFault(rule: FaultRule): void {
    this.deps.faults.add(rule);
  }

  pendingFaults(): readonly FaultRule[] {
    return this.deps.faults.list();
  }

  clearFaults(): void {
    this.deps.faults.clear();
  }

  /** Answer the provider's throttling error once `limit` calls per window are exceeded. */
  addThrottle(rule: ThrottleRule): void {
    this.deps.throttle.add(rule);
  }

  clearThrottles(): void {
    this.deps.throttle.clear();
  }

  /** Make `action` ('*' = all) fail with the provider's permission error for this key. */
  deny(provider: string, accessKeyId: string, action: string): void {
    this.deps.credentials.deny(provider, accessKeyId, action);
  }

  allow(provider: string, accessKeyId: string, action: string): void {
    this.deps.credentials.allow(provider, accessKeyId, action);
  }

  /** Add or replace a test key pair (e.g. an STS token that expires soon). */
  addCredential(credential: EmulatorCredential): void {
    this.deps.credentials.add(credential);
  }

  credentials(provider: string): readonly EmulatorCredential[] {
    return this.deps.credentials.list(provider);
  }

  /** The plugin registered under `name`; throws for an unknown provider. */
  provider(name: string): ProviderPlugin {
    const plugin = this.deps.plugins.get(name);
    if (!plugin) throw new Error(`unknown emulator provider: ${name}`);
    return plugin;
  }

  providerNames(): readonly string[] {
    return [...this.deps.plugins.keys()];
  }

  agentReply(provider: string, ticketId: string, content: string, options?: AgentReplyOptions): string {
    return this.provider(provider).control.agentReply(ticketId, content, options);
  }

  setStatus(provider: string, ticketId: string, status: string): void {
    this.provider(provider).control.setStatus(ticketId, status);
  }

  state(provider: string): unknown {
    return this.provider(provider).control.snapshot();
  }

  attachment(provider: string, key: string): Buffer | undefined {
    return this.provider(provider).control.attachment(key);
  }

  /** Delay (ms) after which the simulated agent answers new tickets/replies; undefined = agent off. */
  setAgentDelay(delayMs: number | undefined): void {
    this.deps.agent.setDelay(delayMs);
  }

  /** The fixtures document in use, one section per provider that can describe its data. */
  fixturesDocument(): Record<string, unknown> {
    const document: Record<string, unknown> = {};
    for (const [name, plugin] of this.deps.plugins) if (plugin.fixtureSection) document[name] = plugin.fixtureSection();
    return document;
  }

  /**
   * Replaces the data of every hosted provider that has a section in `document` (same format as
   * `--fixtures`; a `null` section = built-in sample) and makes it what `reset()` returns to. All sections
   * are checked first: on a FixtureError nothing changes. Pending simulated-agent answers are dropped.
   * Returns the names of the providers loaded.
   */
  loadFixtures(document: unknown): string[] {
    const staged: [string, ProviderPlugin, () => void][] = [];
    for (const [name, section] of fixtureSections(document, this.deps.knownProviders)) {
      const plugin = this.deps.plugins.get(name);
      if (!plugin) continue;
      if (!plugin.stageFixtures) throw new FixtureError(`${name}: this provider cannot load fixtures`);
      staged.push([name, plugin, plugin.stageFixtures(section)]);
    }
    this.deps.agent.cancelAll();
    for (const [name, plugin, apply] of staged) {
      apply();
      this.deps.credentials.replaceProvider(name, plugin.credentials());
    }
    return staged.map(([name]) => name);
  }

  /** The most recent requests (the last 2,000), oldest first. */
  requests(): readonly RequestLogEntry[] {
    return this.deps.requestLog.entries();
  }

  /** How many requests (of one provider and action, when given) arrived since the last clear; exact at any volume. */
  requestCount(filter: { provider?: string; action?: string } = {}): number {
    return this.deps.requestLog.count(filter);
  }

  clearRequests(): void {
    this.deps.requestLog.clear();
  }

  /** Back to the seeded state: fixtures, credentials, no faults/latency/throttles/denials, real time. */
  reset(): void {
    this.deps.agent.cancelAll();
    this.deps.faults.clear();
    this.deps.latency.clear();
    this.deps.throttle.clear();
    this.deps.nonces.clear();
    this.deps.clock.useRealTime();
    this.clearRequests();
    const seeded: EmulatorCredential[] = [];
    for (const plugin of this.deps.plugins.values()) {
      plugin.reset();
      seeded.push(...plugin.credentials());
    }
    this.deps.credentials.replaceAll(seeded);
  }
}
