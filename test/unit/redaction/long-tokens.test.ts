import * as assert from 'node:assert/strict';
import { tokenRunEnds } from '../../../src/core/redaction-long-tokens';

describe('the end of a long token a span was cut inside', () => {
  it('gives each position the end of its own run, whatever order the positions come in', () => {
    const text = 'aaaa bbbbbbbb cc';
    // Positions inside the second run, then inside the first: read in the order given, the first would get the second's end.
    const ends = tokenRunEnds(text, [9, 2, 6]);
    assert.deepEqual([ends.get(2), ends.get(6), ends.get(9)], [4, 13, 13]);
  });

  it('ends a run at a position that is no token character', () => {
    assert.deepEqual([...tokenRunEnds('abc def', [3])], [[3, 3]]);
  });
});
