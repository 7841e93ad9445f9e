/**
 * APIGW.0301 split into what the user must fix (issue #15): a clock off by 20 minutes or an expired STS
 * token must not read as bad keys. Answers come from the emulator over loopback, which words them as
 * the live gateway does; the classifier is also checked on message-only evidence.
 */
import assert from 'node:assert/strict';
import type { TicketError } from '../../../src/core/errors';
import { gatewayAuthFailure } from '../../../src/providers/huaweicloud/error-codes';
import { DEMO_DOMAIN_ID, useEmulatorSuite } from './harness';
import { failureOf } from '../../support/ticket-failure';
import { errorText, inEnglish } from '../../../src/shared/errorText';

/** The error as the user reads it, in English. */
const sentence = (error: unknown): string => errorText(error, inEnglish);

const facts = (e: TicketError) => ({ kind: e.kind, code: e.code, authFailure: e.authFailure, fault: e.fault });

describe('huaweicloud: APIGW.0301 names its real cause', () => {
  const osm = useEmulatorSuite();

  for (const minutes of [20, -20]) {
    it(`a server clock ${minutes > 0 ? 'ahead' : 'behind'} by 20 minutes is the user's clock, not the credentials`, async () => {
      osm.harness.emulator.control.clock.advance(minutes * 60_000);
      const error = await failureOf(osm.provider.verifyCredentials());
      assert.deepEqual(facts(error), { kind: 'invalid-input', code: 'APIGW.0301', authFailure: 'clock-skew', fault: 'user' });
      assert.match(sentence(error), new RegExp(`about 20 minutes ${minutes > 0 ? 'ahead of' : 'behind'} this computer's.*clock`, 's'));
    });
  }

  it('an expired STS token is an expired token, not an unknown key', async () => {
    osm.harness.emulator.control.addCredential({
      provider: 'huaweicloud',
      accessKeyId: 'STSEXPIREDAK0000001',
      accessKeySecret: 'sts-sk',
      securityToken: 'sts-token-old',
      accountId: DEMO_DOMAIN_ID,
      securityTokenExpiresAt: Date.now() - 60_000,
    });
    const client = osm.harness.client({ credentials: async () => ({ accessKeyId: 'STSEXPIREDAK0000001', accessKeySecret: 'sts-sk', securityToken: 'sts-token-old' }) });
    const error = await failureOf(client.cases.counts({}));
    assert.deepEqual(facts(error), { kind: 'auth', code: 'APIGW.0301', authFailure: 'token-expired', fault: 'credentials' });
  });

  it('an unknown key id and a wrong secret point at the key id and the secret', async () => {
    const unknown = await failureOf(osm.harness.client({ credentials: async () => ({ accessKeyId: 'NOSUCHKEY0000000001', accessKeySecret: 'x' }) }).cases.counts({}));
    const wrong = await failureOf(osm.harness.client({ credentials: async () => ({ accessKeyId: 'testak', accessKeySecret: 'not-the-secret' }) }).cases.counts({}));
    assert.deepEqual([unknown.authFailure, wrong.authFailure, unknown.kind, wrong.kind], ['unknown-key', 'bad-secret', 'auth', 'auth']);
  });

  it('never echoes the gateway message, which names the key id', async () => {
    const error = await failureOf(osm.harness.client({ credentials: async () => ({ accessKeyId: 'NOSUCHKEY0000000001', accessKeySecret: 'x' }) }).cases.counts({}));
    assert.equal(error.message.includes('NOSUCHKEY0000000001'), false, error.message);
  });

  it('answers as the live gateway words each case', async () => {
    const messages: string[] = [];
    const raw = async (headers: Record<string, string>) => {
      const response = await fetch(`${osm.harness.emulator.url}/v2/servicerequest/cases/count`, { headers });
      messages.push(String(((await response.json()) as { error_msg?: string }).error_msg));
    };
    await raw({ authorization: 'SDK-HMAC-SHA256 Access=NOSUCHKEY, SignedHeaders=host;x-sdk-date, Signature=' + '0'.repeat(64), 'x-sdk-date': '20260402T080000Z' });
    await raw({ authorization: 'SDK-HMAC-SHA256 Access=testak, SignedHeaders=host;x-sdk-date, Signature=' + '0'.repeat(64), 'x-sdk-date': '20200101T000000Z' });
    assert.match(messages[0], /^Incorrect IAM authentication information: Get secretKey failed,ak:NOSUCHKEY,err:ak not exist$/);
    assert.match(messages[1], /^Incorrect IAM authentication information: calc aksk signature fail:signature expired, signature time:20200101T000000Z,server time:\d{8}T\d{6}Z$/);
  });
});

describe('huaweicloud: gatewayAuthFailure on the evidence it gets', () => {
  const expired = 'Incorrect IAM authentication information: calc aksk signature fail:signature expired, signature time:20211217T064303Z,server time:20211217T065804Z';

  it('reads the clock difference from the message when no Date header was seen', () => {
    assert.equal(gatewayAuthFailure({ message: expired, clockSkewMs: undefined, usesSecurityToken: true }), 'clock-skew');
  });

  it('trusts a measured skew beyond the window over any wording', () => {
    assert.equal(gatewayAuthFailure({ message: 'Incorrect IAM authentication information: verify aksk signature fail', clockSkewMs: 16 * 60_000, usesSecurityToken: false }), 'clock-skew');
  });

  it('calls an expired signature with a good clock and a token an expired token', () => {
    const sameTime = 'Incorrect IAM authentication information: calc aksk signature fail:signature expired';
    assert.equal(gatewayAuthFailure({ message: sameTime, clockSkewMs: 2_000, usesSecurityToken: true }), 'token-expired');
  });

  it('tells a locked key (too many failures) from a wrong secret', () => {
    assert.deepEqual(
      [
        gatewayAuthFailure({ message: 'Incorrect IAM authentication information: AK access failed to reach the limit,forbidden.', clockSkewMs: 0, usesSecurityToken: false }),
        gatewayAuthFailure({ message: 'Incorrect IAM authentication information: verify aksk signature fail', clockSkewMs: 0, usesSecurityToken: false }),
      ],
      ['key-disabled', 'bad-secret'],
    );
  });
});
