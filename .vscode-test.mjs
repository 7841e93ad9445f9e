// `npm run test:electron`: the same extension-host suites in desktop VS Code, on machines that can
// download it (@vscode/test-electron fetches a build). Not run in CI here; see README "Tests".
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  files: 'dist/test/vscode/**/*.test.js',
  version: '1.100.3',
  mocha: { ui: 'bdd', timeout: 60_000 },
});
