/**
 * Emulator behaviour not reached through the client: IAM tokens, the documented (singular) attachment
 * paths, comma-separated array queries, malformed bodies, unknown routes, fixtures options, reset.
 */
import assert from 'node:assert/strict';
import { signOsmRequest } from '../../../src/providers/huaweicloud/signer';
import { DEMO_IAM_PASSWORD } from '../../../src/emulator/huaweicloud/routes/iam';
import { DEMO_DOMAIN_ID, startHarness, TEST_CREDENTIALS, useEmulatorSuite, type Harness } from './harness';

interface Answer {
  status: number;
  body: Record<string, unknown>;
  headers: Headers;
}

/** A request signed with the project's signer (the fidelity test covers the official one). */
async function signed(h: Harness, method: string, path: string, options: { query?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const url = `${h.emulator.url}${path}`;
  const query = Object.fromEntries(new URLSearchParams(options.query ?? ''));
  const { headers } = signOsmRequest({ method, url, query, body: options.body, headers: options.headers, domainId: DEMO_DOMAIN_ID, credentials: TEST_CREDENTIALS });
  const { host: _host, ...sendable } = headers;
  const response = await fetch(`${url}${options.query ? `?${options.query}` : ''}`, { method, headers: sendable, body: options.body });
  const text = await response.text();
  return { status: response.status, body: text.startsWith('{') ? (JSON.parse(text) as Record<string, unknown>) : { raw: text }, headers: response.headers };
}

async function token(h: Harness, password = DEMO_IAM_PASSWORD): Promise<Response> {
  return fetch(`${h.emulator.url}/v3/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      auth: { identity: { methods: ['password'], password: { user: { name: 'dev-user', password, domain: { name: 'demo-account' } } } }, scope: { domain: { name: 'demo-account' } } },
    }),
  });
}

describe('huaweicloud emulator', () => {
  const osm = useEmulatorSuite();

  describe('IAM tokens', () => {
    it('issues a token with 201 and X-Subject-Token', async () => {
      const response = await token(osm.harness);
      assert.deepEqual([response.status, (response.headers.get('x-subject-token') ?? '').length > 100], [201, true]);
    });

    it('accepts X-Auth-Token instead of a signature', async () => {
      const subject = (await token(osm.harness)).headers.get('x-subject-token') ?? '';
      const response = await fetch(`${osm.harness.emulator.url}/v2/servicerequest/cases/count`, { headers: { 'X-Auth-Token': subject } });
      assert.equal(response.status, 200);
    });

    it('rejects an expired token with 401 APIGW.0301', async () => {
      const subject = (await token(osm.harness)).headers.get('x-subject-token') ?? '';
      osm.harness.emulator.control.clock.advance(25 * 3600_000);
      const response = await fetch(`${osm.harness.emulator.url}/v2/servicerequest/cases/count`, { headers: { 'X-Auth-Token': subject } });
      assert.deepEqual([response.status, ((await response.json()) as { error_code?: string }).error_code], [401, 'APIGW.0301']);
    });

    it('rejects a wrong password', async () => {
      assert.equal((await token(osm.harness, 'wrong')).status, 401);
    });

    it('rejects a request without credentials', async () => {
      const response = await fetch(`${osm.harness.emulator.url}/v2/servicerequest/cases/count`);
      assert.equal(response.status, 401);
    });
  });

  it("lists the caller's account on GET /v3/auth/domains", async () => {
    const answer = await signed(osm.harness, 'GET', '/v3/auth/domains');
    assert.deepEqual(answer.body.domains, [{ id: DEMO_DOMAIN_ID, name: 'demo-account', enabled: true, description: '' }]);
  });

  it('lists the project of cn-south-1 on GET /v3/projects', async () => {
    const answer = await signed(osm.harness, 'GET', '/v3/projects', { query: 'name=cn-south-1' });
    assert.equal((answer.body.projects as { id: string }[])[0]?.id, 'a4a5d4098fb4474fa22cd05f897d6b99');
  });

  it('serves the documented limits path /accessorylimits as well', async () => {
    const answer = await signed(osm.harness, 'GET', '/v2/servicerequest/accessorylimits');
    assert.equal((answer.body.accessory_limit as { limit_count: string }).limit_count, '5');
  });

  it('serves the documented singular download path /accessory/{id} as well', async () => {
    const id = [...osm.harness.plugin.state.attachments.keys()][0] ?? '';
    const answer = await signed(osm.harness, 'GET', `/v2/servicerequest/accessory/${id}`);
    assert.deepEqual([answer.status, answer.headers.get('content-type')], [200, 'image/png']);
  });

  it('accepts comma-separated array values as well as repeated keys', async () => {
    const answer = await signed(osm.harness, 'GET', '/v2/servicerequest/cases/instant-messages/unread', { query: 'case_ids=TS202603275SQAIEFGS0404,TS20260316FEEDBACK000004' });
    assert.equal((answer.body.imunread as unknown[]).length, 2);
  });

  it('answers malformed JSON with HTTP 400 OSM.0001', async () => {
    const answer = await signed(osm.harness, 'POST', '/v2/servicerequest/labels', { body: '{"name":', headers: {} });
    assert.deepEqual([answer.status, answer.body.error_code], [400, 'OSM.0001']);
  });

  it('answers an unknown method on a known path with 404 APIGW.0101', async () => {
    const answer = await signed(osm.harness, 'PATCH', '/v2/servicerequest/cases');
    assert.deepEqual([answer.status, answer.body.error_code], [404, 'APIGW.0101']);
  });

  it('names the request in an X-Request-Id header', async () => {
    const answer = await signed(osm.harness, 'GET', '/v2/servicerequest/cases/count');
    assert.match(answer.headers.get('x-request-id') ?? '', /^[0-9a-f]{32}$/);
  });

  it('defaults to Chinese names without X-Language', async () => {
    const answer = await signed(osm.harness, 'GET', '/v2/servicerequest/config/regions');
    assert.equal((answer.body.data_center_list as { region_name: string }[])[0]?.region_name, '华北-北京四');
  });

  it('exposes a snapshot and restores the seeds on reset', async () => {
    await signed(osm.harness, 'POST', '/v2/servicerequest/labels', { body: JSON.stringify({ name: 'temp', color: '#000000' }) });
    const during = (osm.harness.emulator.control.state('huaweicloud') as { labels: unknown[] }).labels.length;
    osm.harness.emulator.control.reset();
    const after = (osm.harness.emulator.control.state('huaweicloud') as { labels: unknown[] }).labels.length;
    assert.deepEqual([during, after], [3, 2]);
  });

  it('starts empty when the fixtures say seedCases: false', async () => {
    const empty = await startHarness({ seedCases: false });
    try {
      assert.equal(
        await empty
          .client()
          .cases.list({})
          .then((p) => p.total),
        0,
      );
    } finally {
      await empty.close();
    }
  });
});
