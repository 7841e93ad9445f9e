import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { stringify } from 'node:querystring';
import { encodeWorkorderParams, formEncode, workorderParamSpecs } from '../../../src/providers/aliyun/wire/params';
import { buildWorkorderRequest } from '../../../src/providers/aliyun/rpc-request';

const credentials = { accessKeyId: 'testid', accessKeySecret: 'testsecret' };

function specs(version: '2020-03-26' | '2021-06-10', action: string) {
  const found = workorderParamSpecs(version, action);
  assert.ok(found, `${version} ${action}`);
  return found;
}

describe('Workorder request encoding', () => {
  it('writes StatusList as a repeat-list and TicketIdList comma-joined, both in the body', () => {
    const encoded = encodeWorkorderParams(specs('2021-06-10', 'ListTickets'), {
      pageNumber: 1,
      pageSize: 10,
      statusList: ['dealing', 'feedback'],
      ticketIdList: ['A', 'B'],
    });
    assert.deepEqual(encoded, {
      query: { PageNumber: '1', PageSize: '10' },
      body: { 'StatusList.1': 'dealing', 'StatusList.2': 'feedback', TicketIdList: 'A,B' },
    });
  });

  it('sends SecretInfo as JSON with wire member names in the query', () => {
    const encoded = encodeWorkorderParams(specs('2021-06-10', 'CreateTicket'), {
      secretInfo: { content: 'k', fileNameList: ['s.txt'] },
    });
    assert.equal(encoded.query.SecretInfo, '{"Content":"k","FileNameList":["s.txt"]}');
  });

  it('puts every 2020-03-26 parameter in the query and sends no body', () => {
    const encoded = encodeWorkorderParams(specs('2020-03-26', 'ReplyTicket'), { ticketId: 'T1', content: 'hi' });
    assert.deepEqual(encoded, { query: { Content: 'hi', TicketId: 'T1' }, body: undefined });
  });

  it('keeps an empty body for a 2021 action whose body parameters are all unset, as the SDK does', () => {
    assert.deepEqual(encodeWorkorderParams(specs('2021-06-10', 'ListTickets'), { pageNumber: 1 }).body, {});
  });

  it('rejects a field the action does not have', () => {
    assert.throws(() => encodeWorkorderParams(specs('2021-06-10', 'GetTicket'), { ticketID: 'x' }), /ticketID/);
  });

  it('has no 2020-03-26 GetTicket', () => {
    assert.equal(workorderParamSpecs('2020-03-26', 'GetTicket'), undefined);
  });

  it('serialises like querystring.stringify, the official SDK body encoder', () => {
    const params = { a: "x y*~!'()/+=&%", b: '备😀\n' };
    assert.equal(formEncode(params), stringify(params));
  });
});

describe('buildWorkorderRequest', () => {
  it('hashes the exact body it returns (V3)', () => {
    const request = buildWorkorderRequest({
      version: '2021-06-10',
      action: 'ReplyTicket',
      request: { ticketId: 'T1', content: 'a (b) *c*' },
      host: 'workorder.aliyuncs.com',
      credentials,
    });
    assert.equal(
      request.headers['x-acs-content-sha256'],
      createHash('sha256')
        .update(request.body ?? '')
        .digest('hex'),
    );
  });

  it('sends neither body nor content-type for an action without body parameters (V3)', () => {
    const request = buildWorkorderRequest({
      version: '2021-06-10',
      action: 'ListProducts',
      request: { language: 'en' },
      host: 'h',
      credentials,
    });
    assert.deepEqual([request.body, 'content-type' in request.headers], [undefined, false]);
  });

  it('signs the query and the form body under RPC v1', () => {
    const build = (content: string) =>
      buildWorkorderRequest({
        version: '2021-06-10',
        action: 'ReplyTicket',
        request: { ticketId: 'T1', content },
        host: 'h',
        credentials,
        algorithm: 'RPC-v1-HMAC-SHA1',
        timestamp: '2025-06-10T08:30:00Z',
        nonce: 'n1',
      }).query.Signature;
    assert.notEqual(build('a'), build('b'));
  });

  it('refuses an action the version does not have', () => {
    assert.throws(() => buildWorkorderRequest({ version: '2020-03-26', action: 'ReopenTicket', request: {}, host: 'h', credentials }), /no action ReopenTicket/);
  });
});
