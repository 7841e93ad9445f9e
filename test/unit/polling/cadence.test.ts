import * as assert from 'node:assert/strict';
import { intervalFor, pollCadence } from '../../../src/core/polling/cadence';

const MINUTE = 60_000;

describe('poll cadence (the figures the README states)', () => {
  it('checks every 60 s while the view is visible, every 5 min hidden and every 10 min unfocused by default', () => {
    const cadence = pollCadence();
    const at = (viewVisible: boolean, windowFocused: boolean) => intervalFor(cadence, { viewVisible, panelVisible: false, windowFocused }) / MINUTE;
    assert.deepEqual({ visible: at(true, true), hidden: at(false, true), unfocused: at(true, false) }, { visible: 1, hidden: 5, unfocused: 10 });
  });

  it('counts a visible ticket panel as visible', () => {
    assert.equal(intervalFor(pollCadence(), { viewVisible: false, panelVisible: true, windowFocused: true }), MINUTE);
  });

  it('keeps the interval setting within 15–3600 s and stretches hidden and unfocused intervals with it', () => {
    assert.deepEqual([pollCadence(5).visibleMs, pollCadence(7200).visibleMs], [15_000, 3_600_000]);
    const slow = pollCadence(120);
    assert.deepEqual(
      [slow.visibleMs, slow.hiddenMs, slow.unfocusedMs].map((ms) => ms / MINUTE),
      [2, 10, 20],
    );
  });
});
