import { join } from 'node:path';
import type * as vscode from 'vscode';
import type { RunningEmulator, StartEmulatorOptions } from '../emulator';

type EmulatorModule = { startEmulator(options: StartEmulatorOptions): Promise<RunningEmulator> };

/** How long the simulated support agent waits before answering, so a notification can be seen. */
const AGENT_DELAY_MS = 8_000;

/**
 * The emulator behind the demo accounts, running inside the extension host on a free loopback port.
 * Its code is a separate bundle (dist/emulator.js) loaded only when a demo account is used, so
 * activation never pays for it.
 */
export class DemoEmulator implements vscode.Disposable {
  private running?: Promise<RunningEmulator>;

  constructor(
    private readonly extensionPath: string,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  get isRunning(): boolean {
    return this.running !== undefined;
  }

  /** Starts the emulator once; later calls return the same instance. */
  start(): Promise<RunningEmulator> {
    if (!this.running) {
      this.running = this.load().then((module) => module.startEmulator({ port: 0, agentDelayMs: AGENT_DELAY_MS }));
      this.running.then(
        (emulator) => this.log.info(`Demo emulator listening on ${emulator.url}`),
        (error: unknown) => {
          this.running = undefined;
          this.log.error(`Demo emulator failed to start: ${error instanceof Error ? error.message : String(error)}`);
        },
      );
    }
    return this.running;
  }

  async stop(): Promise<void> {
    const running = this.running;
    this.running = undefined;
    if (running) await (await running).close();
  }

  dispose(): void {
    void this.stop();
  }

  private async load(): Promise<EmulatorModule> {
    // A computed path keeps esbuild from bundling the emulator into dist/extension.js.
    const bundle = join(this.extensionPath, 'dist', 'emulator.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazily loaded sibling bundle, not a module import
    return require(bundle) as EmulatorModule;
  }
}
