// Runs the extension-host mocha suites inside a real VS Code (code-server) through the workbench's
// development payload: the page loads our extension from source and calls dist/test/vscode/index.js.
import { format } from 'node:util';
import { startCodeServer } from './code-server.mjs';
import { launchChromium, workbenchUrl } from './browser.mjs';

const TEST_TIMEOUT_MS = 10 * 60_000;

/** Resolves with the exit code VS Code reports (0 = all passed); prints the suites' output as it comes. */
export async function runExtensionHostTests({ root, screenshot, env = {} }) {
  const server = await startCodeServer({ settings: env.settings });
  const browser = await launchChromium();
  let timer;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let reportExit;
    const exited = new Promise((resolve) => (reportExit = resolve));
    // The workbench forwards the extension host's console here when these functions exist.
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      if (type === 'error' && String(args?.[0] ?? '').includes('ENOTFOUND')) return; // marketplace lookups on a closed network
      process.stdout.write(`${format(...(Array.isArray(args) ? args : [args]))}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => reportExit(code));
    const host = new URL(server.url).host;
    const remote = (path) => `vscode-remote://${host}${path}`;
    await page.goto(
      workbenchUrl(server.url, {
        folder: server.dirs.workspace,
        payload: [
          ['extensionDevelopmentPath', remote(root)],
          ['extensionTestsPath', remote(`${root}/dist/test/vscode/index.js`)],
        ],
      }),
    );
    const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), TEST_TIMEOUT_MS)));
    const code = await Promise.race([exited, timeout]);
    if (screenshot) await page.screenshot({ path: screenshot }).catch(() => undefined);
    if (code === 'timeout') {
      console.error(`extension-host tests did not finish within ${TEST_TIMEOUT_MS / 60_000} minutes`);
      return 1;
    }
    if (code !== 0) console.error(`code-server output:\n${server.output().slice(-4000)}`);
    return code;
  } finally {
    clearTimeout(timer);
    await browser.close();
    server.stop();
  }
}
