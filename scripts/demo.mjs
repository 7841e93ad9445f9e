// `npm run demo`: starts the extension in a real VS Code for a person to try.
// Desktop VS Code when `code` is on PATH (loads the extension from source); otherwise code-server on
// 127.0.0.1 with the packaged extension installed, printing the URL. The demo settings make the
// extension add its demo accounts (backed by the in-process emulator) as soon as it activates.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTools } from './vscode-test/tools.mjs';
import { installVsix, startCodeServer } from './vscode-test/code-server.mjs';
import { workbenchUrl } from './vscode-test/browser.mjs';
import { acquireTestLock } from './vscode-test/lock.mjs';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
// The demo emulator listens on a loopback port of the extension host; code-server would offer to forward it.
const DEMO_SETTINGS = { 'cloudTickets.demo.startOnActivation': true, 'workbench.colorTheme': 'Default Dark Modern', 'remote.autoForwardPorts': false };

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const hasDesktopCode = spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0 && !process.env.CLOUD_TICKETS_DEMO_CODE_SERVER;
if (hasDesktopCode) {
  run('node', ['scripts/build.mjs']);
  console.log('Starting desktop VS Code with Cloud Tickets loaded from source…');
  spawn('code', ['--new-window', `--extensionDevelopmentPath=${root}`], { stdio: 'inherit', detached: true }).unref();
} else {
  ensureTools();
  // Packaging rebuilds dist/; wait for a test run that may be using it.
  const release = await acquireTestLock();
  run('npm', ['run', '--silent', 'package']);
  release();
  const extensionsDir = join(root, '.tools', 'demo-extensions');
  rmSync(extensionsDir, { recursive: true, force: true });
  mkdirSync(extensionsDir, { recursive: true });
  await installVsix(join(root, 'out', 'cloud-tickets.vsix'), extensionsDir);
  const port = Number(process.env.CLOUD_TICKETS_DEMO_PORT || 0) || undefined;
  // code-server's own log stays visible: when the page does not load, its reason is printed here.
  const server = await startCodeServer({ settings: DEMO_SETTINGS, extensionsDir, port, log: 'inherit' });
  const url = workbenchUrl(server.url, { folder: server.dirs.workspace });
  const stop = () => {
    server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(`\nCloud Tickets is running in VS Code (code-server) at:\n\n  ${url}\n\nOpen it in a browser, click the cloud icon in the activity bar. Press Ctrl+C to stop.`);
  setInterval(() => undefined, 1 << 30);
}
