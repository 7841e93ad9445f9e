import assert from 'node:assert/strict';
import { credentialFieldOf } from '../../../src/accounts/ui/credentialField';
import { TicketError } from '../../../src/core/errors';
import type { AuthFailure } from '../../../src/core/failure-classification';

/** An APIGW.0301 as the Huawei provider raises it, narrowed or not. */
function gateway(authFailure?: AuthFailure): TicketError {
  return new TicketError({ kind: authFailure === 'clock-skew' ? 'invalid-input' : 'auth', code: 'APIGW.0301', httpStatus: 401, message: 'x', authFailure });
}

describe('add-account flow: which input a failed check points at', () => {
  it('sends a wrong clock to the clock advice, never to key re-entry', () => {
    assert.equal(credentialFieldOf(gateway('clock-skew')), 'clock');
  });

  it('sends an expired or foreign STS token to the token step', () => {
    assert.deepEqual([credentialFieldOf(gateway('token-expired')), credentialFieldOf(gateway('token-invalid'))], ['securityToken', 'securityToken']);
  });

  it('sends an unknown or disabled key to the key id step and a bad signature to the secret step', () => {
    assert.deepEqual([gateway('unknown-key'), gateway('key-disabled'), gateway('bad-secret')].map(credentialFieldOf), ['accessKeyId', 'accessKeyId', 'secret']);
  });

  it('keeps the loose code matching for errors that were not narrowed', () => {
    const aliyun = (code: string, kind: TicketError['kind']) => new TicketError({ kind, code, message: 'x' });
    assert.deepEqual(
      [
        credentialFieldOf(aliyun('InvalidTimeStamp.Expired', 'invalid-input')),
        credentialFieldOf(aliyun('SignatureDoesNotMatch', 'auth')),
        credentialFieldOf(aliyun('Forbidden.RAM', 'permission')),
        credentialFieldOf(aliyun('ECONNREFUSED', 'network')),
        credentialFieldOf(gateway()),
      ],
      ['clock', 'secret', 'permission', 'connection', 'accessKeyId'],
    );
  });
});
