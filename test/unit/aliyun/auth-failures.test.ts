/** Alibaba gateway authentication codes narrowed to what the user must fix, over the emulator (issue #15). */
import assert from 'node:assert/strict';
import { KEY, OWNER_UID } from './emulator-fixtures';
import { AliyunHarness } from './harness';
import { failureOf } from '../../support/ticket-failure';
import { errorText, inEnglish } from '../../../src/shared/errorText';

/** The error as the user reads it, in English. */
const sentence = (error: unknown): string => errorText(error, inEnglish);

describe('aliyun: authentication failures name their cause', () => {
  let harness: AliyunHarness;
  before(async () => {
    harness = await AliyunHarness.start();
  });
  beforeEach(() => harness.reset());
  after(() => harness.close());

  it("a clock 20 minutes off is the user's clock, with the measured difference in the sentence", async () => {
    harness.emulator.control.clock.advance(-20 * 60_000);
    const error = await failureOf(harness.provider('2021-06-10').verifyCredentials());
    assert.deepEqual([error.code, error.kind, error.authFailure, error.fault, error.transient], ['InvalidTimeStamp.Expired', 'invalid-input', 'clock-skew', 'user', false]);
    assert.match(sentence(error), /about 20 minutes behind this computer's.*Correct this computer's clock/s);
  });

  it('an expired STS token is an expired token', async () => {
    harness.emulator.control.addCredential({
      provider: 'aliyun',
      accessKeyId: 'STS.expired01',
      accessKeySecret: 'sts-secret',
      securityToken: 'CAIS-old',
      accountId: OWNER_UID,
      securityTokenExpiresAt: Date.now() - 1000,
    });
    const error = await failureOf(harness.provider('2021-06-10', { credentials: { accessKeyId: 'STS.expired01', accessKeySecret: 'sts-secret', securityToken: 'CAIS-old' } }).verifyCredentials());
    assert.deepEqual([error.code, error.kind, error.authFailure], ['InvalidSecurityToken.Expired', 'auth', 'token-expired']);
  });

  it('an unknown key id and a wrong secret point at the key id and the secret', async () => {
    const unknown = await failureOf(harness.provider('2021-06-10', { credentials: { accessKeyId: 'LTAInosuchkey000', accessKeySecret: 'x' } }).verifyCredentials());
    const wrong = await failureOf(harness.provider('2021-06-10', { credentials: { ...KEY, accessKeySecret: 'wrong' } }).verifyCredentials());
    assert.deepEqual([unknown.authFailure, wrong.authFailure], ['unknown-key', 'bad-secret']);
  });
});
