// How a failed refresh reads on the account's tree row: the failure's facts travel into the snapshot, and a
// failure that is not the cloud's (a bug of ours) is not blamed on the cloud.
import * as assert from 'node:assert/strict';
import { TicketError } from '../../../src/core/errors';
import { describeFailure } from '../../../src/core/refresh/failures';
import { factsText, inEnglish } from '../../../src/shared/errorText';

describe('a failed refresh on the account row', () => {
  it('keeps the reason and the cloud’s own words of a TicketError, so the row can say them', () => {
    const withReason = describeFailure(new TicketError({ kind: 'network', message: 'facts', reason: { id: 'no-answer', seconds: 30 } }), 0, 1_000);
    const error = new TicketError({ kind: 'invalid-input', message: 'facts', code: 'OSM.01010004', cloudMessage: 'The case does not exist' });
    const row = String(factsText(describeFailure(error, 0, 1_000), inEnglish, { cloudName: 'Huawei Cloud' }));
    assert.deepEqual(withReason.reason, { id: 'no-answer', seconds: 30 });
    assert.match(row, /Huawei Cloud said \(OSM\.01010004\): “The case does not exist”/);
  });

  it('says an unexpected failure is ours, not that the cloud had an internal error', () => {
    const failure = describeFailure(new TypeError('Cannot read properties of undefined'), 0, 1_000);
    const row = String(factsText(failure, inEnglish, { cloudName: 'Alibaba Cloud' }));
    assert.ok(!/internal error/.test(row) && /unexpectedly in Cloud Tickets itself, not in Alibaba Cloud/.test(row), row);
  });

  it('waits for the later of the cloud’s retry-after and the account’s throttling gate', () => {
    const throttled = new TicketError({ kind: 'throttled', message: 'facts', retryAfterMs: 5_000 });
    assert.deepEqual([describeFailure(throttled, 0, 1_000).retryAt, describeFailure(throttled, 9_000, 1_000).retryAt], [6_000, 9_000]);
  });
});
