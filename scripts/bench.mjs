#!/usr/bin/env node
// `npm run bench [-- --rtt MS --concurrency N --tickets N --rounds N --only refresh,cache --strict]`: runs the
// TypeScript bench runner (bench/run.ts) under tsx; it loads every section in bench/sections/.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
