import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { describePicked } from '../../src/attach/attachmentFiles';
import { describeProblems } from '../../src/attach/attachmentMessages';
import { admitAttachments } from '../../src/attach/attachmentPolicy';
import { resolveSources } from '../../src/attach/attachSources';
import { scanFolder, zipFolder } from '../../src/attach/folderZip';
import type { AttachTarget } from '../../src/attach/ticketPicker';
import { resendReply, uploadAndReply, type PreparedFile } from '../../src/attach/uploadFlow';
import type { RunningEmulator } from '../../src/emulator';
import type { CloudTicketsApi } from '../../src/extension';
import { emulator, extensionApi, removeAllAccounts, untitledDocument } from './api';

interface AliyunState {
  tickets: { TicketId: string; Title: string; Notes: { Content: string; Attachments: string[] }[] }[];
}
interface OsmState {
  cases: { id: string; messages: { content: string; accessoryIds: string[] }[] }[];
}

const ALIYUN_TICKET = 'Cannot connect to ECS after security group change';
const OSM_CASE = 'TS20260318CONFIRM0000003';

function fileOf(name: string, data: Uint8Array): PreparedFile {
  return { name, size: data.byteLength, read: () => Promise.resolve(data) };
}

describe('attach to ticket (extension host, emulator on loopback)', () => {
  let api: CloudTicketsApi;
  let server: RunningEmulator;
  let aliyun: AttachTarget;
  let huawei: AttachTarget;
  let scratch: string;
  const aliyunState = () => server.control.state('aliyun') as AliyunState;
  const osmState = () => server.control.state('huaweicloud') as OsmState;
  const aliyunTicket = () => aliyunState().tickets.find((ticket) => ticket.Title === ALIYUN_TICKET)!;

  before(async () => {
    api = await extensionApi();
    await removeAllAccounts(api);
    server = await emulator();
    const a = await api.services.accounts.add({ providerId: 'aliyun', label: 'Attach Alibaba', endpoint: server.url }, { accessKeyId: 'testid', accessKeySecret: 'testsecret' });
    const h = await api.services.accounts.add({ providerId: 'huaweicloud', label: 'Attach Huawei', endpoint: server.url }, { accessKeyId: 'testak', accessKeySecret: 'testsk' });
    aliyun = { accountId: a.id, ticketId: aliyunTicket().TicketId, ticketTitle: ALIYUN_TICKET, accountLabel: a.label };
    huawei = { accountId: h.id, ticketId: OSM_CASE, ticketTitle: OSM_CASE, accountLabel: h.label };
    scratch = mkdtempSync(join(tmpdir(), 'ct-attach-host-'));
  });
  after(async () => {
    server.control.clearLatency();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await removeAllAccounts(api);
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('contributes both commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.deepEqual(
      ['cloudTickets.attachToTicket', 'cloudTickets.attachDiagnostics'].filter((id) => !commands.includes(id)),
      [],
    );
  });

  it('uploads to Alibaba and posts one reply naming the object keys; the emulator holds the exact bytes', async () => {
    const data = randomBytes(300_000);
    const outcome = await uploadAndReply(api.services, aliyun, [fileOf('trace.bin', data)], 'Here is the trace');
    const note = aliyunTicket().Notes.at(-1)!;
    assert.deepEqual(
      { status: outcome.status, content: note.Content, keys: note.Attachments.length, same: server.control.attachment('aliyun', note.Attachments[0])?.equals(data) },
      { status: 'sent', content: 'Here is the trace', keys: 1, same: true },
    );
  });

  it('uploads several files to Huawei as one message carrying all attachment ids', async () => {
    const files = [fileOf('a.log', Buffer.from('first log\n')), fileOf('b.txt', Buffer.from('second file\n'))];
    await uploadAndReply(api.services, huawei, files, 'Two files');
    const message = osmState()
      .cases.find((c) => c.id === OSM_CASE)!
      .messages.find((m) => m.content === 'Two files')!;
    const stored = message.accessoryIds.map((id) => server.control.attachment('huaweicloud', id)?.toString('utf8'));
    assert.deepEqual(stored, ['first log\n', 'second file\n']);
  });

  it('cancelled mid-upload (slow upload injected) posts no reply', async () => {
    const notesBefore = aliyunTicket().Notes.length;
    server.control.clearRequests();
    server.control.addLatency({ provider: 'aliyun', action: 'PutObject', ms: 5_000 });
    const abort = new AbortController();
    const pending = uploadAndReply(api.services, aliyun, [fileOf('slow.bin', randomBytes(50_000))], 'must not appear', { signal: abort.signal });
    const deadline = Date.now() + 10_000;
    while (!server.control.requests().some((request) => request.action === 'GetAttachmentUploadUrl') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 300));
    abort.abort();
    const outcome = await pending;
    server.control.clearLatency();
    await new Promise((resolve) => setTimeout(resolve, 5_500));
    const replies = server.control.requests().filter((request) => request.action === 'ReplyTicket').length;
    assert.deepEqual({ status: outcome.status, notes: aliyunTicket().Notes.length, replies }, { status: 'cancelled', notes: notesBefore, replies: 0 });
  });

  it('a reply committed before the connection dropped is reported as attached, and posted once', async () => {
    server.control.injectFault({ provider: 'aliyun', action: 'ReplyTicket', fault: { kind: 'commit-then-drop' } });
    const outcome = await uploadAndReply(api.services, aliyun, [fileOf('dropped.log', Buffer.from('dropped\n'))], 'Reply through a dropped connection');
    const notes = aliyunTicket().Notes.filter((note) => note.Content === 'Reply through a dropped connection').length;
    assert.deepEqual({ status: outcome.status, recovered: outcome.status === 'sent' && outcome.recovered, notes }, { status: 'sent', recovered: true, notes: 1 });
  });

  it('a reply that never reached the server is offered again with its files, and the resend posts it once', async () => {
    server.control.injectFault({ provider: 'huaweicloud', action: 'CreateMessages', fault: { kind: 'close' } });
    const outcome = await uploadAndReply(api.services, huawei, [fileOf('closed.log', Buffer.from('closed\n'))], 'Reply whose connection closed');
    assert.ok(outcome.status === 'unsent' && outcome.reply.status === 'not-sent' && outcome.reply.checked, JSON.stringify(outcome));
    const again = await resendReply(api.services, huawei, outcome.pending);
    const messages = osmState()
      .cases.find((c) => c.id === OSM_CASE)!
      .messages.filter((m) => m.content === 'Reply whose connection closed');
    assert.deepEqual({ status: again.status, messages: messages.length, files: messages[0]?.accessoryIds.length }, { status: 'sent', messages: 1, files: 1 });
  });

  it('names the size and the limit of a sparse 2 GiB file, and a folder as a folder, without reading either', async () => {
    const huge = join(scratch, 'huge.log');
    writeFileSync(huge, '');
    truncateSync(huge, 2 * 1024 * 1024 * 1024);
    const folder = join(scratch, 'a-folder');
    mkdirSync(folder, { recursive: true });
    const { accepted, problems } = admitAttachments(await describePicked([vscode.Uri.file(huge), vscode.Uri.file(folder)]), { maxFiles: 3, maxBytesPerFile: 20 * 1024 * 1024, allowedExtensions: [] });
    const sentences = describeProblems(problems);
    assert.deepEqual(
      { accepted: accepted.length, tooLarge: sentences[0], folder: /^a-folder is a folder\./.test(sentences[1] ?? '') },
      { accepted: 0, tooLarge: 'huge.log is 2 GB; the limit is 20 MB per file.', folder: true },
    );
  });

  it("takes an untitled editor's text without asking, and a folder as a folder", async () => {
    const document = await untitledDocument('plaintext', 'draft text');
    const folder = vscode.Uri.file(mkdtempSync(join(scratch, 'folder-')));
    const sources = await resolveSources([document.uri, folder]);
    assert.deepEqual(
      sources?.map((source) => [source.kind, source.kind === 'text' ? source.text : '']),
      [
        ['text', 'draft text'],
        ['folder', ''],
      ],
    );
  });

  it('zips a folder without ignored, excluded or secret files, and unzip reads it back', async () => {
    const root = join(scratch, 'project');
    const files: Record<string, string> = {
      '.gitignore': '*.tmp\nlocal/\n',
      'src/main.ts': 'export {}\n',
      'src/cache.tmp': 'x',
      'local/notes.txt': 'x',
      'node_modules/dep/index.js': 'x',
      '.git/HEAD': 'ref',
      'dist/out.js': 'x',
      '.env': 'SECRET=1',
      'README.md': '# readme\n',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const scan = await scanFolder(vscode.Uri.file(root));
    const zip = await zipFolder(scan, () => undefined);
    writeFileSync(join(scratch, 'project.zip'), zip!);
    const listed = execFileSync('unzip', ['-Z1', join(scratch, 'project.zip')])
      .toString()
      .split('\n')
      .filter(Boolean)
      .sort();
    assert.deepEqual(
      { listed, excluded: scan.excludedFolders, secrets: scan.secretFiles, ignored: scan.ignoredCount },
      {
        listed: ['project/.gitignore', 'project/README.md', 'project/src/main.ts'],
        excluded: ['.git', 'dist', 'node_modules'],
        secrets: ['.env'],
        ignored: 2,
      },
    );
    assert.equal(readFileSync(join(root, 'src/main.ts'), 'utf8'), execFileSync('unzip', ['-p', join(scratch, 'project.zip'), 'project/src/main.ts']).toString());
  });
});
