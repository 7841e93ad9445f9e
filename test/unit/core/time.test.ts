import assert from 'node:assert/strict';
import { epochToMs } from '../../../src/core/time';

describe('epochToMs', () => {
  it('scales seconds to milliseconds', () => {
    assert.equal(epochToMs(1586920240), 1586920240000);
  });

  it('keeps milliseconds', () => {
    assert.equal(epochToMs('1623396736000'), 1623396736000);
  });

  it('rejects non-numbers', () => {
    assert.equal(epochToMs('soon'), undefined);
  });
});
