/**
 * How long VS Code took to load and activate this extension, from the marks its extension host records
 * (`code/extHost/willLoadExtensionCode/<id>` … `didActivateExtension/<id>`, the figures behind the
 * Running Extensions view), and from the extension's own marks when its workbench bundle had started
 * after activation (issue #19). The bench (`npm run bench`, section activation) runs this suite alone in a
 * fresh VS Code and judges the budget; here it only checks that the marks exist and are in order.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ACTIVATION_MARKS } from '../../src/lazy/marks';
import { until } from './api';

const EXTENSION_ID = 'cloud-tickets.cloud-tickets';

interface PerformanceMark {
  readonly name: string;
  readonly startTime: number;
}

/** The extension host's performance marks (VS Code keeps them on globalThis in its Node processes). */
function extensionHostMarks(): readonly PerformanceMark[] {
  const marks = (globalThis as { MonacoPerformanceMarks?: { getMarks(): PerformanceMark[] } }).MonacoPerformanceMarks;
  return marks?.getMarks() ?? [];
}

describe('activation timing (bench)', () => {
  it('VS Code recorded when it loaded and activated the extension, in that order', async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
    const marks = extensionHostMarks();
    const at = (step: string): number | undefined => marks.find((mark) => mark.name.toLowerCase() === `code/exthost/${step}/${EXTENSION_ID}`.toLowerCase())?.startTime;
    const times = { willLoad: at('willLoadExtensionCode'), didLoad: at('didLoadExtensionCode'), willActivate: at('willActivateExtension'), didActivate: at('didActivateExtension') };
    const { willLoad, didLoad, willActivate, didActivate } = times;
    assert.ok(willLoad !== undefined && didLoad !== undefined && willActivate !== undefined && didActivate !== undefined, `marks missing: ${JSON.stringify(times)}`);
    assert.ok(willLoad <= didLoad && didLoad <= willActivate && willActivate <= didActivate, `marks out of order: ${JSON.stringify(times)}`);
    // The workbench starts right after activation, without anyone asking for it (this suite alone runs).
    const own = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime;
    const activateStarted = own(ACTIVATION_MARKS.activate);
    const workbenchStarted = await until(() => own(ACTIVATION_MARKS.workbenchStarted), 'the workbench to start after activation');
    assert.ok(activateStarted !== undefined && activateStarted <= workbenchStarted, `own marks: ${activateStarted} ${workbenchStarted}`);
    // One line the bench reads: code loading, activate() until it resolved, both as VS Code sums them, and
    // the time from activate() to a started workbench.
    const workbenchStartedMs = Math.round((workbenchStarted - activateStarted) * 10) / 10;
    console.log(
      `ACTIVATION_TIMES ${JSON.stringify({ loadMs: didLoad - willLoad, activateMs: didActivate - willActivate, totalMs: didLoad - willLoad + (didActivate - willActivate), workbenchStartedMs })}`,
    );
  });
});
