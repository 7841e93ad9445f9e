/**
 * The emulator in its own process (the `npm run emulator` CLI), driven through its HTTP control API.
 * Timing runs need this: in-process, the emulator's request handling would share the event loop
 * with the client under test and count against the refresh time, which a remote cloud never does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LatencyRule, ThrottleRule } from '../src/emulator';
import { aliyunTicketFixtures } from './fixtures/aliyun-tickets';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'src', 'emulator', 'cli.ts');

export class RemoteEmulator {
  private constructor(
    readonly url: string,
    private readonly child: ChildProcess,
    private readonly directory: string,
  ) {}

  /** Starts the emulator CLI on a free port with `tickets` generated tickets (or the given fixtures document). */
  static async start(tickets: number | object): Promise<RemoteEmulator> {
    const directory = await mkdtemp(join(tmpdir(), 'ct-bench-'));
    const fixtures = join(directory, 'fixtures.json');
    await writeFile(fixtures, JSON.stringify(typeof tickets === 'number' ? aliyunTicketFixtures(tickets) : tickets), 'utf8');
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--port', '0', '--providers', 'aliyun', '--fixtures', fixtures], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      return new RemoteEmulator(await listeningUrl(child), child, directory);
    } catch (error) {
      child.kill();
      await rm(directory, { recursive: true, force: true });
      throw error;
    }
  }

  addLatency(rule: LatencyRule): Promise<void> {
    return this.control('POST', 'latency', rule).then(() => undefined);
  }

  clearRequests(): Promise<void> {
    return this.control('DELETE', 'requests').then(() => undefined);
  }

  /** Requests since the last clear (optionally of one action), counted exactly at any volume. */
  async requestCount(action?: string): Promise<number> {
    const answer = (await this.control('GET', `requests/count${action === undefined ? '' : `?action=${encodeURIComponent(action)}`}`)) as { count: number };
    return answer.count;
  }

  addThrottle(rule: ThrottleRule): Promise<void> {
    return this.control('POST', 'throttle', rule).then(() => undefined);
  }

  clearThrottles(): Promise<void> {
    return this.control('DELETE', 'throttle').then(() => undefined);
  }

  setStatus(ticketId: string, status: string): Promise<void> {
    return this.control('POST', 'providers/aliyun/status', { ticketId, status }).then(() => undefined);
  }

  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    await exited;
    await rm(this.directory, { recursive: true, force: true });
  }

  private async control(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.url}/__control/${path}`, {
      method,
      ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`emulator control ${method} ${path}: HTTP ${response.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  }
}

/** Resolves with the URL the CLI prints once it listens; rejects if it exits first. */
function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    let errors = '';
    const timer = setTimeout(() => reject(new Error(`emulator did not start in time: ${errors}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      errors += chunk.toString('utf8');
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`emulator exited with code ${code}: ${errors}`));
    });
  });
}
