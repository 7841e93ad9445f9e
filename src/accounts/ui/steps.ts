import * as vscode from 'vscode';
import type { SafeText } from '../../shared/outsideText';

/** Thrown when the user presses the Back button of a step. */
export class StepBack extends Error {}

export interface StepFrame {
  readonly title: SafeText;
  readonly step: number;
  readonly totalSteps: number;
}

/**
 * One input step of a multi-step flow, with a Back button from step 2 on. Resolves with the value,
 * `undefined` when cancelled, or rejects with StepBack. `validate` returns a blocking message;
 * `hint` returns a non-blocking warning (format hints are advice, not strict rules).
 */
export function inputStep(
  frame: StepFrame,
  options: {
    prompt: SafeText;
    value?: string;
    placeholder?: SafeText;
    password?: boolean;
    validate?: (value: string) => SafeText | undefined;
    hint?: (value: string) => SafeText | undefined;
    /** Error from a previous attempt, shown until the user edits. */
    problem?: SafeText;
  },
): Promise<string | undefined> {
  const box = vscode.window.createInputBox();
  box.title = frame.title;
  box.step = frame.step;
  box.totalSteps = frame.totalSteps;
  box.prompt = options.prompt;
  box.value = options.value ?? '';
  box.placeholder = options.placeholder;
  box.password = options.password ?? false;
  box.ignoreFocusOut = true;
  box.buttons = frame.step > 1 ? [vscode.QuickInputButtons.Back] : [];
  const describe = (value: string) => {
    const blocking = options.validate?.(value);
    if (blocking) return { message: blocking, severity: vscode.InputBoxValidationSeverity.Error };
    const hint = options.hint?.(value);
    return hint ? { message: hint, severity: vscode.InputBoxValidationSeverity.Warning } : undefined;
  };
  box.validationMessage = options.problem ? { message: options.problem, severity: vscode.InputBoxValidationSeverity.Error } : undefined;
  return new Promise((resolve, reject) => {
    const subscriptions = [
      box.onDidChangeValue((value) => (box.validationMessage = describe(value))),
      box.onDidAccept(() => {
        const problem = describe(box.value);
        if (problem?.severity === vscode.InputBoxValidationSeverity.Error) {
          box.validationMessage = problem;
          return;
        }
        finish(() => resolve(box.value));
      }),
      box.onDidTriggerButton(() => finish(() => reject(new StepBack()))),
      box.onDidHide(() => finish(() => resolve(undefined))),
    ];
    let done = false;
    const finish = (settle: () => void) => {
      if (done) return;
      done = true;
      settle();
      subscriptions.forEach((subscription) => subscription.dispose());
      box.dispose();
    };
    box.show();
  });
}

/** One pick step of a multi-step flow; same contract as inputStep. */
export function pickStep<T extends vscode.QuickPickItem>(frame: StepFrame, items: readonly T[], placeholder: SafeText, activeIndex = 0): Promise<T | undefined> {
  const pick = vscode.window.createQuickPick<T>();
  pick.title = frame.title;
  pick.step = frame.step;
  pick.totalSteps = frame.totalSteps;
  pick.placeholder = placeholder;
  pick.items = items;
  pick.ignoreFocusOut = true;
  if (items[activeIndex]) pick.activeItems = [items[activeIndex]];
  pick.buttons = frame.step > 1 ? [vscode.QuickInputButtons.Back] : [];
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (settle: () => void) => {
      if (done) return;
      done = true;
      settle();
      subscriptions.forEach((subscription) => subscription.dispose());
      pick.dispose();
    };
    const subscriptions = [
      pick.onDidAccept(() => finish(() => resolve(pick.selectedItems[0]))),
      pick.onDidTriggerButton(() => finish(() => reject(new StepBack()))),
      pick.onDidHide(() => finish(() => resolve(undefined))),
    ];
    pick.show();
  });
}
