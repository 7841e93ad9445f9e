import assert from 'node:assert/strict';
import { classify, deniedActionOf, errorFromResponse, type FailedResponse } from '../../../src/providers/aliyun/errors';
import { errorText, inEnglish } from '../../../src/shared/errorText';

/** The error as the user reads it, in English. */
const sentence = (error: unknown): string => errorText(error, inEnglish);

const SECRET = 'testsecret-Very-Secret';
const TOKEN = 'CAIS-secret-sts-token';

function failure(httpStatus: number, code: string, message: string, extra: Partial<FailedResponse> = {}): FailedResponse {
  return { httpStatus, envelope: { Code: code, Message: message, RequestId: 'REQ-1' }, requestId: 'REQ-1', operation: 'ListTickets', secrets: [SECRET, TOKEN], ...extra };
}

describe('classify', () => {
  const cases: [string, number, string][] = [
    ['InvalidAccessKeyId.NotFound', 404, 'auth'],
    ['SignatureDoesNotMatch', 400, 'auth'],
    ['InvalidSecurityToken.Expired', 400, 'auth'],
    ['Forbidden.RAM', 403, 'permission'],
    ['illegal.auth', 401, 'permission'],
    ['Throttling.User', 400, 'throttled'],
    ['Throttling', 503, 'throttled'],
    ['param.illegal', 400, 'invalid-input'],
    ['MissingTicketId', 400, 'invalid-input'],
    ['System.error', 500, 'server'],
    ['ServiceUnavailable', 503, 'server'],
    ['InvalidAction.NotFound', 404, 'not-found'],
  ];
  for (const [code, status, kind] of cases) {
    it(`${status} ${code} → ${kind}`, () => {
      assert.equal(classify(code, status), kind);
    });
  }
});

describe('errorFromResponse', () => {
  it('names the denied RAM action from AccessDeniedDetail', () => {
    const detail = JSON.stringify({ AuthAction: 'ram:ListTickets', NoPermissionType: 'ImplicitDeny' });
    const error = errorFromResponse(failure(403, 'Forbidden.RAM', 'User not authorized', { envelope: { Code: 'Forbidden.RAM', AccessDeniedDetail: detail } }));
    assert.deepEqual([error.kind, error.deniedAction, sentence(error).includes('ram:ListTickets')], ['permission', 'ram:ListTickets', true]);
  });

  it('names the request id in the sentence', () => {
    assert.match(sentence(errorFromResponse(failure(500, 'System.error', 'An error occurred'))), /Request ID: REQ-1\./);
  });

  it('never echoes the v1 string-to-sign of a signature mismatch', () => {
    const echoed = 'Specified signature is not matched with our calculation. server string to sign is:POST&%2F&AccessKeyId%3Dtestid%26Content%3Dmy%2520private%2520text';
    const error = errorFromResponse(failure(400, 'SignatureDoesNotMatch', echoed));
    assert.ok(![error.message, sentence(error)].some((text) => /string to sign|private|AccessKeyId/.test(text)), error.message);
  });

  it('scrubs the secret and token if a server message ever contains them', () => {
    const error = errorFromResponse(failure(400, 'param.illegal', `bad value ${SECRET} and ${TOKEN}`));
    assert.ok(![error.message, sentence(error)].some((text) => text.includes(SECRET) || text.includes(TOKEN)), error.message);
  });

  it('reads x-acs-retry-after as milliseconds', () => {
    assert.equal(errorFromResponse(failure(400, 'Throttling.User', 'flow control', { retryAfterHeader: '1500' })).retryAfterMs, 1500);
  });

  it('tells the user to fix the clock for an expired timestamp', () => {
    assert.match(sentence(errorFromResponse(failure(400, 'InvalidTimeStamp.Expired', 'expired'))), /clock/);
  });
});

describe('deniedActionOf', () => {
  it('survives a detail that is not JSON', () => {
    assert.equal(deniedActionOf('{not json'), undefined);
  });
});
