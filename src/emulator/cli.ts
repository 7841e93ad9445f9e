// `npm run emulator -- [--port N] [--fixtures FILE] [--agent-delay MS] [--providers a,b] [--print-fixtures]`
// Starts the emulator and prints its endpoint and test credentials; runs until interrupted.
import { startEmulator, type StartEmulatorOptions } from './server';

interface CliOptions {
  readonly start: StartEmulatorOptions;
  readonly printFixtures: boolean;
  readonly help: boolean;
}

const USAGE = `Usage: npm run emulator -- [options]
  --port N            TCP port (default 0 = a free port)
  --host ADDRESS      interface to listen on (default 127.0.0.1)
  --fixtures FILE     JSON fixtures document, one section per provider (see docs/emulator-fixtures.md)
  --agent-delay MS    the simulated support agent answers new tickets and replies after MS milliseconds
  --providers LIST    comma-separated providers to host (default: all)
  --print-fixtures    print the fixtures document in use (every hosted provider) as JSON and exit
  --help              this text`;

function parseArguments(argv: readonly string[]): CliOptions {
  const start: { -readonly [K in keyof StartEmulatorOptions]: StartEmulatorOptions[K] } = {};
  let printFixtures = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    const number = () => {
      const parsed = Number(value());
      if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${flag} needs a non-negative integer`);
      return parsed;
    };
    switch (flag) {
      case '--port':
        start.port = number();
        break;
      case '--host':
        start.host = value();
        break;
      case '--fixtures':
        start.fixturesFile = value();
        break;
      case '--agent-delay':
        start.agentDelayMs = number();
        break;
      case '--providers':
        start.providers = value()
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean);
        break;
      case '--print-fixtures':
        printFixtures = true;
        break;
      case '--help':
      case '-h':
        help = true;
        break;
      default:
        throw new Error(`unknown option ${flag}`);
    }
  }
  return { start, printFixtures, help };
}

async function main(): Promise<void> {
  let options: CliOptions;
  try {
    options = parseArguments(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const emulator = await startEmulator(options.start);
  if (options.printFixtures) {
    console.log(JSON.stringify(emulator.control.fixturesDocument(), null, 2));
    await emulator.close();
    return;
  }
  console.log(`Cloud Tickets emulator listening on ${emulator.url}`);
  console.log(`Control API: ${emulator.url}/__control/  (see src/emulator/control-http.ts)`);
  console.log(`Load fixtures while running: POST ${emulator.url}/__control/fixtures with a fixtures document`);
  for (const [provider, credentials] of Object.entries(emulator.credentials)) {
    console.log(`\n[${provider}] endpoint ${emulator.url}`);
    for (const credential of credentials) {
      const notes = [
        `account ${credential.accountId}`,
        credential.securityToken ? `security token ${credential.securityToken}` : '',
        credential.disabled ? 'disabled' : '',
        credential.principalName ? `principal ${credential.principalName}` : '',
      ].filter(Boolean);
      console.log(`  ${credential.accessKeyId} / ${credential.accessKeySecret}  (${notes.join(', ')})`);
    }
  }
  if (options.start.agentDelayMs !== undefined) console.log(`\nSimulated agent answers after ${options.start.agentDelayMs} ms.`);
  const stop = () => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
