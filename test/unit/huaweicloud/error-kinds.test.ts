/**
 * Every error kind through the real client against the emulator: gateway errors (HTTP 4xx/5xx),
 * business errors (HTTP 200 + error_code), transport failures; read retries and write non-retries.
 */
import assert from 'node:assert/strict';
import { isTicketError, type TicketError } from '../../../src/core/errors';
import { OsmClient } from '../../../src/providers/huaweicloud/client';
import { DEMO_DOMAIN_ID, NO_RETRY, useEmulatorSuite } from './harness';
import { errorText, inEnglish } from '../../../src/shared/errorText';

/** The error as the user reads it, in English. */
const sentence = (error: unknown): string => errorText(error, inEnglish);

const CASE = 'TS202603275SQAIEFGS0404';
const FAST_RETRY = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 };

function kindOf(expected: TicketError['kind'], check: (e: TicketError) => boolean = () => true) {
  return (e: unknown) => isTicketError(e, expected) && check(e);
}

describe('huaweicloud error kinds', () => {
  const osm = useEmulatorSuite();

  it('auth: a wrong secret key is 401 APIGW.0301 with the request id in the sentence, never the secret', async () => {
    const client = osm.harness.client({ credentials: async () => ({ accessKeyId: 'testak', accessKeySecret: 'wrong-secret-value' }) });
    await assert.rejects(
      client.cases.list({}),
      kindOf(
        'auth',
        (e) =>
          e.code === 'APIGW.0301' &&
          e.httpStatus === 401 &&
          !!e.requestId &&
          sentence(e).includes(`Request ID: ${e.requestId}.`) &&
          ![e.message, sentence(e)].some((text) => text.includes('wrong-secret-value')),
      ),
    );
  });

  it('auth: discovering the account id with a bad key fails as auth', async () => {
    const client = osm.harness.client({ domainId: undefined, credentials: async () => ({ accessKeyId: 'testak', accessKeySecret: 'nope' }) });
    await assert.rejects(client.domainId(), kindOf('auth'));
  });

  it('discovers the account id through IAM when the account has none', async () => {
    assert.equal(await osm.harness.client({ domainId: undefined }).domainId(), DEMO_DOMAIN_ID);
  });

  it('permission: an IAM denial is 403 APIGW.0302 and only that operation fails', async () => {
    osm.harness.emulator.control.deny('huaweicloud', 'testak', 'ListCases');
    const client = osm.harness.client();
    await assert.rejects(
      client.cases.list({}),
      kindOf('permission', (e) => e.code === 'APIGW.0302'),
    );
    assert.equal(await client.cases.status(CASE), 1);
  });

  it("permission: another group's tickets are OSM.01010035 at HTTP 200", async () => {
    await assert.rejects(
      osm.harness.client({ groupId: 'g-999' }).cases.list({}),
      kindOf('permission', (e) => e.code === 'OSM.01010035' && e.httpStatus === 200),
    );
  });

  it('permission: a key of another account cannot be resolved as a customer (OSM.01010011 → auth)', async () => {
    const client = osm.harness.client({ domainId: 'ffffffffffffffffffffffffffffffff', credentials: async () => ({ accessKeyId: 'OTHERACCOUNTAK000001', accessKeySecret: 'otheraccountsecret' }) });
    await assert.rejects(
      client.cases.list({}),
      kindOf('auth', (e) => e.code === 'OSM.01010011'),
    );
  });

  it("throttled: the gateway's 429 APIGW.0308", async () => {
    osm.harness.emulator.control.addThrottle({ provider: 'huaweicloud', action: 'ListCases', limit: 1, windowMs: 60_000 });
    const client = osm.harness.client();
    await client.cases.list({});
    await assert.rejects(
      client.cases.list({}),
      kindOf('throttled', (e) => e.code === 'APIGW.0308' && e.httpStatus === 429),
    );
  });

  it('server: an injected 500 OSM.0004', async () => {
    osm.harness.emulator.control.injectFault({ provider: 'huaweicloud', action: 'ShowCaseStatus', fault: { kind: 'error', status: 500, code: 'OSM.0004', message: 'Internal Server Error' } });
    await assert.rejects(
      osm.harness.client().cases.status(CASE),
      kindOf('server', (e) => e.code === 'OSM.0004'),
    );
  });

  it('server: an unreadable 200 answer', async () => {
    osm.harness.emulator.control.injectFault({ provider: 'huaweicloud', action: 'ShowCaseStatus', fault: { kind: 'malformed-json' } });
    await assert.rejects(
      osm.harness.client().cases.status(CASE),
      kindOf('server', (e) => e.code === 'UnreadableResponse'),
    );
  });

  it('not-found: an unknown case is OSM.01010015 at HTTP 200', async () => {
    await assert.rejects(
      osm.harness.client().cases.status('TS-404'),
      kindOf('not-found', (e) => e.code === 'OSM.01010015' && e.httpStatus === 200),
    );
  });

  it('not-found: an unknown API path is 404 APIGW.0101, with advice about the endpoint', async () => {
    const client = osm.harness.client();
    await assert.rejects(
      client.transport.json({ op: 'Nope', method: 'GET', path: '/v2/servicerequest/nope', intent: 'read' }),
      kindOf('not-found', (e) => e.code === 'APIGW.0101' && sentence(e).includes('check the endpoint setting')),
    );
  });

  it('invalid-input: a malformed query value is HTTP 400 OSM.0001', async () => {
    await assert.rejects(
      osm.harness.client().cases.list({ query_end_time: 'yesterday' }),
      kindOf('invalid-input', (e) => e.httpStatus === 400 && e.code === 'OSM.0001'),
    );
  });

  it('network: a dropped connection on a read', async () => {
    osm.harness.emulator.control.injectFault({ provider: 'huaweicloud', action: 'ShowCaseStatus', fault: { kind: 'close' } });
    await assert.rejects(
      osm.harness.client().cases.status(CASE),
      kindOf('network', (e) => !e.ambiguous),
    );
  });

  it('network: a write whose answer was lost is reported as ambiguous', async () => {
    osm.harness.emulator.control.injectFault({ provider: 'huaweicloud', action: 'CreateMessages', fault: { kind: 'commit-then-drop' } });
    await assert.rejects(
      osm.harness.client().messages.submit(CASE, 'hello'),
      kindOf('network', (e) => e.ambiguous),
    );
  });

  it('network: a refused connection is not ambiguous, even for a write', async () => {
    const client = new OsmClient({ endpoint: 'http://127.0.0.1:9', credentials: async () => ({ accessKeyId: 'testak', accessKeySecret: 'testsk' }), domainId: DEMO_DOMAIN_ID, retryPolicy: NO_RETRY });
    await assert.rejects(
      client.messages.submit(CASE, 'hello'),
      kindOf('network', (e) => !e.ambiguous && e.code === 'ECONNREFUSED'),
    );
  });

  it('retries a read after a transient server error', async () => {
    osm.harness.emulator.control.injectFault({ provider: 'huaweicloud', action: 'ShowCaseStatus', fault: { kind: 'error', status: 503, code: 'APIGW.0201', message: 'busy' } });
    assert.equal(await osm.harness.client({ retryPolicy: FAST_RETRY }).cases.status(CASE), 1);
  });

  it('never retries a write', async () => {
    osm.harness.emulator.control.injectFault({ provider: 'huaweicloud', action: 'CreateMessages', fault: { kind: 'error', status: 500, code: 'OSM.0004', message: 'Internal Server Error' } });
    await assert.rejects(osm.harness.client({ retryPolicy: FAST_RETRY }).messages.submit(CASE, 'only once'), kindOf('server'));
    const sent = osm.harness.emulator.control.requests().filter((r) => r.action === 'CreateMessages');
    assert.equal(sent.length, 1);
  });

  it('rejects an endpoint with plain http to a remote host before any request', () => {
    assert.throws(
      () => osm.harness.client({ endpoint: 'http://osm.example.com' }),
      kindOf('invalid-input', (e) => e.code === 'InvalidEndpoint'),
    );
  });
});
