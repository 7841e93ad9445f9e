/** The attachment flow: GetAttachmentUploadUrl → presigned loopback PUT → ObjectKey in Create/Reply. */
import { strict as assert } from 'node:assert';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import { callV3, dataOf, jsonOf, rawRequest } from './helpers';

interface UploadUrls {
  ObjectKey: string;
  PutSignedUrl: string;
  GetSignedUrl: string;
}

describe('emulator: Alibaba attachments', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ providers: ['aliyun'] });
  });
  afterEach(() => emulator.control.reset());
  after(() => emulator.close());

  const uploadUrls = async (fileName: string) => dataOf<UploadUrls>(await callV3(emulator.url, { action: 'GetAttachmentUploadUrl', body: { FileName: fileName } }));
  const put = (url: string, bytes: Buffer, contentType = 'application/octet-stream') => {
    const { pathname, search } = new URL(url);
    return rawRequest(emulator.url, { method: 'PUT', path: pathname + search, headers: { 'content-type': contentType, 'x-oss-meta-author': 'aliy' }, body: bytes });
  };
  const bytes = Buffer.from('2026-11-01 12:00:00 ERROR disk full\n日志\n', 'utf8');

  it('keeps the file extension in the ObjectKey', async () => {
    assert.match((await uploadUrls('screen shot.PNG')).ObjectKey, /^[0-9a-f-]{36}\.png$/);
  });

  it('presigns URLs on the emulator itself', async () => {
    const urls = await uploadUrls('a.log');
    assert.ok(urls.PutSignedUrl.startsWith(`${emulator.url}/__oss/`) && /[?&]Expires=\d+&OSSAccessKeyId=[^&]+&Signature=/.test(urls.PutSignedUrl));
  });

  it('stores the PUT bytes, readable through the control API', async () => {
    const urls = await uploadUrls('a.log');
    await put(urls.PutSignedUrl, bytes);
    assert.deepEqual(emulator.control.attachment('aliyun', urls.ObjectKey), bytes);
  });

  it('serves the bytes back on the GET URL', async () => {
    const urls = await uploadUrls('a.log');
    await put(urls.PutSignedUrl, bytes);
    const { pathname, search } = new URL(urls.GetSignedUrl);
    assert.deepEqual((await rawRequest(emulator.url, { method: 'GET', path: pathname + search })).body, bytes);
  });

  it('answers an OSS XML 403 naming the StringToSign when the Content-Type differs', async () => {
    const urls = await uploadUrls('a.log');
    const result = await put(urls.PutSignedUrl, bytes, 'text/plain');
    assert.deepEqual([result.status, /<Code>SignatureDoesNotMatch<\/Code>/.test(result.text), /<StringToSign>PUT\n\ntext\/plain\n/.test(result.text)], [403, true, true]);
  });

  it('refuses an expired URL', async () => {
    const urls = await uploadUrls('a.log');
    emulator.control.clock.advance(16 * 60_000);
    const result = await put(urls.PutSignedUrl, bytes);
    assert.deepEqual([result.status, /<Message>Request has expired.<\/Message>/.test(result.text)], [403, true]);
  });

  it('refuses a tampered signature', async () => {
    const urls = await uploadUrls('a.log');
    const result = await put(urls.PutSignedUrl.replace(/Signature=[^&]+/, 'Signature=AAAA'), bytes);
    assert.equal(result.status, 403);
  });

  it('attaches uploaded objects to a new ticket, listed with a download URL', async () => {
    const urls = await uploadUrls('trace.log');
    await put(urls.PutSignedUrl, bytes);
    const id = dataOf<string>(await callV3(emulator.url, { action: 'CreateTicket', body: { CategoryId: '7161', Description: 'see log', Severity: '1', FileNameList: urls.ObjectKey } }));
    const notes = dataOf<{ Attachments: { Name: string; Url: string }[] }[]>(await callV3(emulator.url, { action: 'ListTicketNotes', query: { TicketId: id } }));
    const attachment = notes[0].Attachments[0];
    const { pathname, search } = new URL(attachment.Url);
    assert.deepEqual([attachment.Name, (await rawRequest(emulator.url, { method: 'GET', path: pathname + search })).body], ['trace.log', bytes]);
  });

  it('attaches uploaded objects to a reply (FileNameList in the query)', async () => {
    const first = await uploadUrls('one.txt');
    const second = await uploadUrls('two.txt');
    await put(first.PutSignedUrl, bytes);
    await put(second.PutSignedUrl, bytes);
    const id = dataOf<string>(await callV3(emulator.url, { action: 'CreateTicket', body: { CategoryId: '7161', Description: 'x', Severity: '1' } }));
    await callV3(emulator.url, { action: 'ReplyTicket', query: { FileNameList: `${first.ObjectKey},${second.ObjectKey}` }, body: { TicketId: id, Content: 'logs', Encrypt: 'false' } });
    const notes = dataOf<{ Attachments: { Name: string }[] }[]>(await callV3(emulator.url, { action: 'ListTicketNotes', query: { TicketId: id } }));
    assert.deepEqual(
      notes.at(-1)?.Attachments.map((a) => a.Name),
      ['one.txt', 'two.txt'],
    );
  });

  it('refuses an ObjectKey that was reserved but never uploaded', async () => {
    const urls = await uploadUrls('never.txt');
    const result = await callV3(emulator.url, { action: 'CreateTicket', body: { CategoryId: '7161', Description: 'x', Severity: '1', FileNameList: urls.ObjectKey } });
    assert.equal(jsonOf(result).Code, 'param.illegal');
  });

  it("refuses another account's upload", async () => {
    const urls = await uploadUrls('mine.txt');
    await put(urls.PutSignedUrl, bytes);
    const other = { accessKeyId: 'otherid', accessKeySecret: 'othersecret' };
    const result = await callV3(emulator.url, { action: 'CreateTicket', body: { CategoryId: '7161', Description: 'x', Severity: '1', FileNameList: urls.ObjectKey }, credentials: other });
    assert.equal(jsonOf(result).Code, 'param.illegal');
  });

  it('lets faults target the upload itself (PutObject)', async () => {
    const urls = await uploadUrls('a.log');
    emulator.control.injectFault({ action: 'PutObject', fault: { kind: 'close' } });
    await assert.rejects(put(urls.PutSignedUrl, bytes), /socket hang up|ECONNRESET/);
  });
});
