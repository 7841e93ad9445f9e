// Makes sure the real-VS-Code test tools are present: Debian's Chromium (driven by playwright-core)
// and code-server 4.100.3 (the newest that runs on Node 20), installed into the git-ignored .tools/.
// Idempotent: a second run only checks. Run directly with `node scripts/vscode-test/tools.mjs`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const CHROMIUM = '/usr/bin/chromium';
const root = fileURLToPath(new URL('../..', import.meta.url));
const toolsDir = join(root, '.tools', 'code-server');
const codeServerPackage = join(toolsDir, 'node_modules', 'code-server');
export const CODE_SERVER_BIN = join(codeServerPackage, 'out', 'node', 'entry.js');

/** Debian packages: the browser, what node-pty/kerberos need to build, ripgrep for VS Code search, unzip to inspect the vsix, CJK fonts so Chinese text renders in screenshots. */
const APT_PACKAGES = ['chromium', 'fonts-noto-cjk', 'libkrb5-dev', 'ripgrep', 'unzip'];
// @vscode/ripgrep (a code-server dependency) downloads a binary at install time, which this network
// refuses; it accepts a pre-seeded cache, so we seed it from Debian's ripgrep.
const RIPGREP_CACHE = join(process.env.TMPDIR || tmpdir(), 'vscode-ripgrep-cache-1.15.11');
const RIPGREP_ARCHIVE = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

class MissingToolError extends Error {}

function installedCodeServerVersion() {
  try {
    return JSON.parse(readFileSync(join(codeServerPackage, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

function missingAptPackages() {
  return APT_PACKAGES.filter((name) => spawnSync('dpkg', ['-s', name], { stdio: 'ignore' }).status !== 0);
}

function ensureAptPackages() {
  const missing = missingAptPackages();
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new MissingToolError(`Debian packages missing: ${missing.join(' ')}. Install them as root: apt-get update && apt-get install -y ${missing.join(' ')}`);
  }
  console.log(`[tools] installing Debian packages: ${missing.join(' ')}`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

function seedRipgrepCache() {
  const archive = join(RIPGREP_CACHE, RIPGREP_ARCHIVE);
  if (existsSync(archive)) return;
  const staging = join(RIPGREP_CACHE, 'staging');
  mkdirSync(staging, { recursive: true });
  copyFileSync('/usr/bin/rg', join(staging, 'rg'));
  execFileSync('tar', ['-czf', archive, '-C', staging, 'rg']);
  rmSync(staging, { recursive: true, force: true });
}

function ensureCodeServer() {
  if (installedCodeServerVersion() === CODE_SERVER_VERSION && existsSync(CODE_SERVER_BIN)) return;
  console.log(`[tools] installing code-server ${CODE_SERVER_VERSION} into .tools/ (about a minute)`);
  seedRipgrepCache();
  mkdirSync(toolsDir, { recursive: true });
  writeFileSync(join(toolsDir, 'package.json'), JSON.stringify({ name: 'cloud-tickets-tools', private: true }, null, 2));
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: toolsDir,
    stdio: 'inherit',
    // Running as root needs unsafe-perm for the native builds; node-pty's postinstall calls npx.
    env: { ...process.env, npm_config_unsafe_perm: 'true', npm_config_yes: 'true', TMPDIR: process.env.TMPDIR || tmpdir() },
  });
  if (result.status !== 0 || !existsSync(CODE_SERVER_BIN)) {
    throw new MissingToolError(`code-server ${CODE_SERVER_VERSION} could not be installed into ${toolsDir} (npm exit ${result.status}). See the npm output above.`);
  }
}

/** Installs whatever is missing; throws a MissingToolError with a sentence saying what to do. */
export function ensureTools() {
  ensureAptPackages();
  ensureCodeServer();
  if (!existsSync(CHROMIUM)) throw new MissingToolError(`${CHROMIUM} is missing although the chromium package is installed.`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    ensureTools();
    console.log(`[tools] ready: code-server ${CODE_SERVER_VERSION}, ${CHROMIUM}`);
  } catch (error) {
    console.error(`[tools] ${error.message}`);
    process.exit(1);
  }
}
