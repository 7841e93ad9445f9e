// `npm run test:vscode`: everything that needs a real VS Code.
//   1. make sure Chromium and code-server are installed (installs them on a fresh machine),
//   2. package the vsix (production build) and build the development bundles with the test suites,
//   3. run the extension-host mocha suites inside code-server,
//   4. run the Playwright UI suites (test/ui), which click through the workbench with the vsix installed
//      and save screenshots to test-results/screenshots/.
// Exits non-zero on any failure; code-server is always stopped.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureTools } from './tools.mjs';
import { runExtensionHostTests } from './extension-host.mjs';
import { acquireTestLock } from './lock.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const screenshots = `${root}/test-results/screenshots`;

function step(title, command, args) {
  console.log(`\n=== ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed (exit ${result.status})`);
    process.exit(result.status ?? 1);
  }
}

try {
  ensureTools();
} catch (error) {
  console.error(`✖ real-VS-Code test tools are missing: ${error.message}`);
  process.exit(1);
}
await acquireTestLock();
mkdirSync(screenshots, { recursive: true });
step('package the vsix', 'npm', ['run', '--silent', 'package']);
step('build development bundles and test suites', 'node', ['scripts/build.mjs']);

console.log('\n=== extension-host suites (mocha inside code-server)');
const hostExit = await runExtensionHostTests({ root, screenshot: `${screenshots}/extension-host-final.png` });
if (hostExit !== 0) {
  console.error('\n✖ extension-host suites failed; the failing tests are listed above');
  process.exit(1);
}

const only = process.env.CLOUD_TICKETS_UI_GREP ? ['--grep', process.env.CLOUD_TICKETS_UI_GREP] : [];
step('UI suites (Playwright in code-server)', 'npx', ['mocha', '--config', 'test/ui/.mocharc.json', ...only]);
console.log(`\n✔ real-VS-Code tests passed; screenshots in ${screenshots}`);
