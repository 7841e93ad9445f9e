// Launches Debian's Chromium through playwright-core with flags that suit this closed network.
import { chromium } from 'playwright-core';
import { CHROMIUM } from './tools.mjs';

export function launchChromium({ headless = true } = {}) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      // Without these Chromium keeps trying to reach hosts this machine cannot resolve.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The workbench URL for a folder, optionally with a development payload (extension + tests). */
export function workbenchUrl(serverUrl, { folder, payload } = {}) {
  const url = new URL(serverUrl);
  if (folder) url.searchParams.set('folder', folder);
  if (payload) url.searchParams.set('payload', JSON.stringify(payload));
  return url.toString();
}
