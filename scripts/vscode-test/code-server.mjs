// Starts and stops a throwaway code-server (the real VS Code workbench and Node extension host).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODE_SERVER_BIN } from './tools.mjs';

/** Settings that keep the workbench quiet and deterministic for tests and demos. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'window.commandCenter': false,
};

/** Asks the OS for a free loopback port. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs} ms`);
}

/**
 * Starts code-server on a free port with fresh user-data and extensions folders.
 * Returns { url, port, dirs, stop() }; stop() kills the whole process group (children outlive
 * the parent otherwise) and removes the folders unless keepDirs is set.
 * `locale` (e.g. "zh-cn") sets VS Code's display language, so `vscode.env.language` and the extensions' own
 * translations follow it (see `registerLanguagePack`).
 * @param {{ settings?: Record<string, unknown>, extensionsDir?: string, port?: number, log?: 'pipe' | 'inherit', keepDirs?: boolean, env?: Record<string, string>, locale?: string }} [options]
 */
export async function startCodeServer({ settings = {}, extensionsDir, port, log = 'pipe', keepDirs = false, env = {}, locale } = {}) {
  const base = mkdtempSync(join(tmpdir(), 'cloud-tickets-cs-'));
  const dirs = { base, userData: join(base, 'user-data'), extensions: extensionsDir ?? join(base, 'extensions'), workspace: join(base, 'workspace') };
  for (const dir of [dirs.userData, dirs.extensions, dirs.workspace, join(dirs.userData, 'User')]) mkdirSync(dir, { recursive: true });
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  writeFileSync(join(base, 'config.yaml'), 'auth: none\n');
  if (locale) registerLanguagePack(dirs.userData, locale);
  const chosenPort = port ?? (await freePort());
  const url = `http://127.0.0.1:${chosenPort}`;
  const args = [
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${chosenPort}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--config',
    join(base, 'config.yaml'),
    '--user-data-dir',
    dirs.userData,
    '--extensions-dir',
    dirs.extensions,
    ...(locale ? ['--locale', locale] : []),
  ];
  const child = spawn(process.execPath, [CODE_SERVER_BIN, ...args], { detached: true, stdio: ['ignore', log, log], env: { ...process.env, ...env } });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    if (!keepDirs) rmSync(base, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child, 30_000);
  } catch (error) {
    stop();
    throw new Error(`${error.message}\n${output}`);
  }
  return { url, port: chosenPort, dirs, stop, output: () => output };
}

/**
 * code-server takes `--locale` only for a language with a language pack in `<user-data>/languagepacks.json`
 * (without one it falls back to English, and marketplaces are out of reach here). An entry whose core
 * translation file is empty is enough: the workbench keeps its English strings, but the page's language,
 * the extension host's `vscode.env.language` and every extension's package.nls/l10n bundle switch.
 * `extensions[0].extensionIdentifier` must be present or the workbench's language list throws.
 */
function registerLanguagePack(userDataDir, locale) {
  const translations = join(userDataDir, `language-pack-${locale}.i18n.json`);
  writeFileSync(translations, JSON.stringify({ contents: {} }));
  const pack = {
    hash: `test-${locale}`,
    extensions: [{ extensionIdentifier: { id: `cloud-tickets-test.language-pack-${locale}` }, version: '0.0.1' }],
    translations: { vscode: translations },
    label: locale,
  };
  writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify({ [locale]: pack }));
}

/** Installs a vsix into an extensions folder with code-server's own CLI. */
export function installVsix(vsixPath, extensionsDir) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CODE_SERVER_BIN, '--extensions-dir', extensionsDir, '--install-extension', vsixPath], { stdio: 'pipe' });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`installing ${vsixPath} failed (${code}):\n${output}`))));
  });
}
