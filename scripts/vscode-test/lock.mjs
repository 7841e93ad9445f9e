// A machine-wide lock so that two real-VS-Code test runs (which both rebuild dist/ and out/) never
// overlap: the second waits. Stale locks of dead processes are taken over.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LOCK_DIR = join(tmpdir(), 'cloud-tickets-vscode-test.lock');

function holderAlive() {
  try {
    const pid = Number(readFileSync(join(LOCK_DIR, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits until the lock is ours; returns a function that releases it (also released on exit). */
export async function acquireTestLock() {
  let announced = false;
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      writeFileSync(join(LOCK_DIR, 'pid'), String(process.pid));
      const release = () => rmSync(LOCK_DIR, { recursive: true, force: true });
      process.on('exit', release);
      return release;
    } catch {
      if (!holderAlive()) {
        rmSync(LOCK_DIR, { recursive: true, force: true });
        continue;
      }
      if (!announced) console.log('[lock] another real-VS-Code test run is in progress; waiting for it');
      announced = true;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}
