// Entry point VS Code calls when it is started with extensionTestsPath: runs every extension-host
// suite (the *.test.js bundles next to this file) with mocha inside the real extension host.
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.CLOUD_TICKETS_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of readdirSync(__dirname, { recursive: true }) as string[]) {
    if (file.endsWith('.test.js')) mocha.addFile(join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension-host test(s) failed`)) : resolve()));
  });
}
