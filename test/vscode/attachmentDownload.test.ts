// Attachment downloads in the extension host against a loopback server that lies about sizes:
// a server decides how many bytes arrive, so the cap and the all-or-nothing rename are what protect the disk.
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { isTicketError } from '../../src/core/errors';
import { downloadTo } from '../../src/panels/attachmentDownload';

const CAP = 64 * 1024;
const never = new vscode.CancellationTokenSource().token;

describe('attachment download (extension host, loopback server)', () => {
  let server: Server;
  let base: string;
  let folder: string;

  before(async () => {
    server = createServer((request, response) => {
      const chunk = Buffer.alloc(16 * 1024, 0x61);
      if (request.url === '/small') return response.end('hello attachment');
      if (request.url === '/announced-too-large') {
        response.writeHead(200, { 'content-length': String(CAP * 4) });
        return response.end(Buffer.alloc(CAP * 4));
      }
      if (request.url === '/gone') {
        response.writeHead(403);
        return response.end();
      }
      // Chunked with no length: only counting what arrives can stop it.
      response.writeHead(200);
      const timer = setInterval(() => response.write(chunk), 1);
      response.on('close', () => clearInterval(timer));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    folder = mkdtempSync(join(tmpdir(), 'cloud-tickets-download-'));
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  const failureOf = async (path: string, file: string) => {
    try {
      await downloadTo(`${base}${path}`, vscode.Uri.file(join(folder, file)), never, CAP);
    } catch (error) {
      return error;
    }
    assert.fail(`${path} was downloaded`);
  };

  it('writes a small file whole under its name and leaves no temporary file', async () => {
    const written = await downloadTo(`${base}/small`, vscode.Uri.file(join(folder, 'small.txt')), never, CAP);
    assert.equal(written, 16);
    assert.equal(readFileSync(join(folder, 'small.txt'), 'utf8'), 'hello attachment');
    assert.deepEqual(
      readdirSync(folder).filter((name) => name.endsWith('.download')),
      [],
    );
  });

  it('refuses a file announced larger than the cap before writing anything', async () => {
    const error = await failureOf('/announced-too-large', 'announced.bin');
    assert.ok(isTicketError(error) && error.code === 'AttachmentTooLarge', String(error));
    assert.equal(existsSync(join(folder, 'announced.bin')), false);
  });

  it('stops an endless stream at the cap and removes what it wrote', async () => {
    const error = await failureOf('/endless', 'endless.bin');
    assert.ok(isTicketError(error) && error.code === 'AttachmentTooLarge', String(error));
    assert.match(error.message, /larger than/);
    assert.equal(existsSync(join(folder, 'endless.bin')), false);
    assert.equal(existsSync(join(folder, 'endless.bin.download')), false);
  });

  it('says the link expired on 403, without a file', async () => {
    const error = await failureOf('/gone', 'gone.bin');
    assert.ok(isTicketError(error) && error.kind === 'not-found' && error.httpStatus === 403, String(error));
    assert.equal(existsSync(join(folder, 'gone.bin')), false);
  });
});
