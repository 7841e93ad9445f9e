import * as vscode from 'vscode';
import { LABEL_COLORS, newLabelProblem, type TicketLabel } from '../core/ticket-labels';
import type { TicketProvider } from '../core/provider';
import { offeredOperation } from '../common/providerOperation';
import { OUTSIDE_TEXT_LIMITS, outsideText, ownText, type SafeText } from '../shared/outsideText';

/** A quick-pick row for a label (its name is text from the cloud). */
export interface LabelItem extends vscode.QuickPickItem {
  readonly label: SafeText;
  readonly labelRef?: TicketLabel;
  readonly create?: true;
}

export function labelItem(label: TicketLabel, picked = false): LabelItem {
  return { label: outsideText(label.name, { maxLength: OUTSIDE_TEXT_LIMITS.label }), description: outsideText(label.color), iconPath: new vscode.ThemeIcon('tag'), labelRef: label, picked };
}

function colorNames(): Record<(typeof LABEL_COLORS)[number], string> {
  return {
    '#E51400': vscode.l10n.t('Red'),
    '#F09609': vscode.l10n.t('Orange'),
    '#339933': vscode.l10n.t('Green'),
    '#1BA1E2': vscode.l10n.t('Blue'),
    '#8E44AD': vscode.l10n.t('Purple'),
    '#607D8B': vscode.l10n.t('Grey'),
  };
}

/** Asks for a name and a colour and creates the label; undefined when the user cancelled. */
export async function promptNewLabel(provider: TicketProvider, existing: readonly TicketLabel[]): Promise<TicketLabel | undefined> {
  const name = await vscode.window.showInputBox({
    title: vscode.l10n.t('New Label (1/2)'),
    prompt: vscode.l10n.t('Name of the label (at most 64 characters)'),
    ignoreFocusOut: true,
    validateInput: (value) => {
      switch (newLabelProblem({ name: value, color: LABEL_COLORS[0] }, existing)) {
        case 'empty':
          return vscode.l10n.t('Enter a name.');
        case 'too-long':
          return vscode.l10n.t('A label name has at most 64 characters.');
        case 'duplicate':
          return vscode.l10n.t('This account already has a label with this name.');
        default:
          return undefined;
      }
    },
  });
  if (!name?.trim()) return undefined;
  const names = colorNames();
  const color = await vscode.window.showQuickPick(
    LABEL_COLORS.map((hex) => ({ label: names[hex], description: hex, hex })),
    { title: vscode.l10n.t('New Label (2/2)'), placeHolder: vscode.l10n.t('Colour of the label'), ignoreFocusOut: true },
  );
  if (!color) return undefined;
  return withProgress(ownText(vscode.l10n.t('Creating label {0}…', outsideText(name.trim(), { maxLength: OUTSIDE_TEXT_LIMITS.label }))), (signal) =>
    offeredOperation(provider, 'createLabel')({ name: name.trim(), color: color.hex }, signal),
  );
}

/** Runs a provider call under a cancellable progress notification. */
export function withProgress<T>(title: SafeText, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  return Promise.resolve(
    vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (_progress, token) => {
      const abort = new AbortController();
      const subscription = token.onCancellationRequested(() => abort.abort());
      return call(abort.signal).finally(() => subscription.dispose());
    }),
  );
}
