import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { AttachTarget } from '../../src/attach/ticketPicker';
import { uploadAndReply } from '../../src/attach/uploadFlow';
import { bundleZipInputs, redactBundle } from '../../src/core/diagnostics/bundle';
import { createZip } from '../../src/core/zip';
import { REDACTION_PROFILE } from '../../src/providers';
import { allCollectors, collectBundle, knownSecretsOf } from '../../src/diagnostics/collect';
import { collectUserFiles } from '../../src/diagnostics/userFiles';
import type { RunningEmulator } from '../../src/emulator';
import type { CloudTicketsApi } from '../../src/extension';
import { emulator, extensionApi, removeAllAccounts, until } from './api';

interface GitApi {
  openRepository(root: vscode.Uri): Promise<{ state: { HEAD?: { commit?: string } } } | null>;
}

/** A repository on branch diag-branch with one commit and one uncommitted change; returns the commit id. */
function gitRepository(dir: string): string {
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: dir })
      .toString()
      .trim();
  git('init', '-q', '-b', 'diag-branch');
  writeFileSync(join(dir, 'a.txt'), 'one\n');
  git('add', 'a.txt');
  git('commit', '-q', '-m', 'first');
  writeFileSync(join(dir, 'a.txt'), 'two\n');
  return git('rev-parse', 'HEAD');
}

interface AliyunState {
  tickets: { TicketId: string; Title: string; Notes: { Content: string; Attachments: string[] }[] }[];
}

// Canaries planted where the collectors look. None may reach the attached zip.
const ACCOUNT_SECRET = 'CanaryAccountSecretZ9y8x7w6v5u4t3';
const STS_TOKEN = 'CAISCanaryStsToken0123456789abcdefghij';
const PROXY_PASSWORD = 'CanaryProxyPassword77';
const PROXY_AUTHORIZATION = 'Basic Q2FuYXJ5UHJveHlBdXRob3JpemF0aW9u';
const PROBLEM_TOKEN = 'Bearer CanaryBearerToken0123456789abcdefABCDEF';
const FILE_SECRET = 'CanaryFileSecretValue_0123456789abcdef';

describe('attach diagnostics (extension host, emulator on loopback)', () => {
  let api: CloudTicketsApi;
  let server: RunningEmulator;
  let target: AttachTarget;
  let scratch: string;
  let problems: vscode.DiagnosticCollection;
  let commit: string;
  let repository: string;
  const http = () => vscode.workspace.getConfiguration('http');

  before(async () => {
    api = await extensionApi();
    await removeAllAccounts(api);
    server = await emulator();
    // A second key pair the emulator knows, stored with an STS token, so both are "known secrets".
    server.control.addCredential({ provider: 'aliyun', accessKeyId: 'LTAI5tCanaryDiagKey01', accessKeySecret: ACCOUNT_SECRET, securityToken: STS_TOKEN, accountId: '1234567890123456' });
    await api.services.accounts.add(
      { providerId: 'aliyun', label: 'Canary', endpoint: server.url },
      { accessKeyId: 'LTAI5tCanaryDiagKey01', accessKeySecret: ACCOUNT_SECRET, securityToken: STS_TOKEN },
    );
    const account = await api.services.accounts.add({ providerId: 'aliyun', label: 'Diagnostics', endpoint: server.url }, { accessKeyId: 'testid', accessKeySecret: 'testsecret' });
    const ticket = (server.control.state('aliyun') as AliyunState).tickets.find((t) => t.Title === 'VPC NAT gateway SNAT not working')!;
    target = { accountId: account.id, ticketId: ticket.TicketId, ticketTitle: ticket.Title, accountLabel: account.label };
    await http().update('proxySupport', 'off', vscode.ConfigurationTarget.Global);
    await http().update('proxy', `http://diag-user:${PROXY_PASSWORD}@proxy.invalid:3128`, vscode.ConfigurationTarget.Global);
    await http().update('proxyAuthorization', PROXY_AUTHORIZATION, vscode.ConfigurationTarget.Global);
    problems = vscode.languages.createDiagnosticCollection('canary');
    problems.set(vscode.Uri.file('/tmp/canary.ts'), [new vscode.Diagnostic(new vscode.Range(2, 4, 2, 9), `header Authorization: ${PROBLEM_TOKEN} rejected`, vscode.DiagnosticSeverity.Error)]);
    scratch = mkdtempSync(join(tmpdir(), 'ct-diag-host-'));
    // Inside the workspace: the git extension does not open repositories outside it without asking.
    repository = mkdtempSync(join(vscode.workspace.workspaceFolders![0].uri.fsPath, 'diag-repo-'));
    commit = gitRepository(repository);
    const git = (await vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git')!.activate()).getAPI(1);
    const opened = await git.openRepository(vscode.Uri.file(repository));
    assert.ok(opened, 'the git extension did not open the test repository');
    await until(() => opened?.state.HEAD?.commit === commit, 'the git extension to read the test repository');
    api.services.log.info('diagnostics suite marker line');
    // The output channel writes its file asynchronously: wait until the line is on disk.
    await until(
      () => readdirSync(api.storage.logUri.fsPath).some((name) => name.endsWith('.log') && readFileSync(join(api.storage.logUri.fsPath, name), 'utf8').includes('diagnostics suite marker line')),
      'the log line on disk',
    );
  });
  after(async () => {
    problems.dispose();
    for (const key of ['proxy', 'proxyAuthorization', 'proxySupport']) await http().update(key, undefined, vscode.ConfigurationTarget.Global);
    await removeAllAccounts(api);
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
    if (repository) rmSync(repository, { recursive: true, force: true });
  });

  async function attachedBundle(): Promise<{ files: string[]; text: (path: string) => string; everything: string }> {
    const userFile = join(scratch, 'app-config.log');
    writeFileSync(userFile, `aliyun.access_key_secret = ${FILE_SECRET}\nstarted ok\n`);
    const collected = await collectBundle(
      { services: api.services, logUri: api.storage.logUri, target, signal: new AbortController().signal },
      allCollectors().map((c) => c.id),
      [vscode.Uri.file(userFile)],
    );
    const bundle = redactBundle(collected.sections, REDACTION_PROFILE, { knownSecrets: await knownSecretsOf(api.services), emails: true, phoneNumbers: true });
    const data = await createZip(bundleZipInputs(bundle, 'test'));
    await uploadAndReply(api.services, target, [{ name: 'diagnostics.zip', size: data.byteLength, read: () => Promise.resolve(data) }], 'Diagnostics');
    const note = (server.control.state('aliyun') as AliyunState).tickets.find((t) => t.TicketId === target.ticketId)!.Notes.at(-1)!;
    const zip = join(scratch, 'attached.zip');
    writeFileSync(zip, server.control.attachment('aliyun', note.Attachments[0])!);
    const files = execFileSync('unzip', ['-Z1', zip]).toString().split('\n').filter(Boolean);
    const text = (path: string) => execFileSync('unzip', ['-p', zip, path]).toString('utf8');
    return { files, text, everything: execFileSync('unzip', ['-p', zip]).toString('utf8') };
  }

  let bundle: Awaited<ReturnType<typeof attachedBundle>>;
  before(async function () {
    this.timeout(60_000);
    bundle = await attachedBundle();
  });

  it('attaches a zip with the manifest, every collected part and the added file', () => {
    const expected = ['manifest.json', 'environment.txt', 'proxy.txt', 'problems.txt', 'git.txt', 'connectivity.txt', 'files/app-config.log'];
    assert.deepEqual(
      expected.filter((path) => !bundle.files.includes(path)),
      [],
    );
  });

  it('contains no planted secret anywhere', () => {
    const canaries = [ACCOUNT_SECRET, STS_TOKEN, PROXY_PASSWORD, PROXY_AUTHORIZATION, 'Q2FuYXJ5UHJveHlBdXRob3JpemF0aW9u', 'CanaryBearerToken0123456789abcdefABCDEF', FILE_SECRET, 'testsecret'];
    assert.deepEqual(
      canaries.filter((canary) => bundle.everything.includes(canary)),
      [],
    );
  });

  it('reports the VS Code version and the extension version', () => {
    const text = bundle.text('environment.txt');
    assert.deepEqual([text.includes(`VS Code: ${vscode.version} `), /^Cloud Tickets: \d+\.\d+\.\d+ \(cloud-tickets\.cloud-tickets\)$/m.test(text)], [true, true]);
  });

  it('keeps the proxy host and says whether proxy authorization is set, without the credentials', () => {
    assert.match(bundle.text('proxy.txt'), /http\.proxy: http:\/\/proxy\.invalid:3128\n[\s\S]*http\.proxyAuthorization: set \(value not included\)/);
  });

  it('lists the Problems entry with position and severity, its token redacted', () => {
    assert.match(bundle.text('problems.txt'), /canary\.ts:3:5 \[error\] header Authorization: .*\[REDACTED:[a-z-]+\]/);
  });

  it("includes the extension's own log", () => {
    const log = bundle.files
      .filter((path) => path.startsWith('logs/'))
      .map((path) => bundle.text(path))
      .join('\n');
    assert.match(log, /diagnostics suite marker line/);
  });

  it("checks connectivity to the account's endpoint (DNS, TCP, HTTP)", () => {
    assert.match(bundle.text('connectivity.txt'), /DNS\s+ok[\s\S]*TCP\s+ok[\s\S]*HTTP\s+ok/);
  });

  it('reports branch, commit and uncommitted changes from the git extension', () => {
    assert.match(bundle.text('git.txt'), new RegExp(`Branch: diag-branch\\nCommit: ${commit}\\n[\\s\\S]*Dirty: yes \\(1 changed`));
  });
});

describe('diagnostics "Add files" on large files (extension host)', () => {
  let scratch: string;
  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'ct-add-files-'));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('keeps the last MiB of a sparse 2 GiB log without reading the rest (no ERR_FS_FILE_TOO_LARGE)', async () => {
    const huge = join(scratch, 'huge.log');
    writeFileSync(huge, '');
    truncateSync(huge, 2 * 1024 * 1024 * 1024);
    appendFileSync(huge, 'x'.repeat(2 * 1024 * 1024) + '\nthe last line\n');
    const before = process.memoryUsage().rss;
    const files = await collectUserFiles([vscode.Uri.file(huge)]);
    const grownMb = (process.memoryUsage().rss - before) / 1024 / 1024;
    const text = files.sections[0]?.text ?? '';
    assert.deepEqual({ ends: text.endsWith('the last line\n'), kept: text.length <= 1024 * 1024, cheap: grownMb < 100, refused: files.refused }, { ends: true, kept: true, cheap: true, refused: [] });
  });

  it("refuses an empty file and a folder with the attachment policy's sentences", async () => {
    const empty = join(scratch, 'empty.log');
    writeFileSync(empty, '');
    const files = await collectUserFiles([vscode.Uri.file(empty), vscode.Uri.file(scratch)]);
    assert.deepEqual([files.sections.length, files.refused.length, files.refused[0]], [0, 2, 'empty.log is empty.']);
  });
});
