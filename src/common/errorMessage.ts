import * as vscode from 'vscode';
import { errorText, factsText, type ErrorFacts, type ErrorTextOptions, type Translate } from '../shared/errorText';
import type { SafeText } from '../shared/outsideText';

/**
 * Failures in VS Code's display language: every surface that shows an error (notifications, tree rows and
 * tooltips, panel banners, the create form, the assistant's confirmations) words it here, from the error's
 * facts, with the templates of src/shared/errorText.ts and the l10n bundles.
 */
const displayLanguage: Translate = (template, ...args) => vscode.l10n.t(template, ...args);

/** A thrown value as a sentence in the display language (outside text for anything not a `TicketError`). */
export function errorMessage(error: unknown, options?: ErrorTextOptions): SafeText {
  return errorText(error, displayLanguage, options);
}

/** The sentence for facts kept without their error (a refresh snapshot's failure). */
export function errorFactsMessage(facts: ErrorFacts, options?: ErrorTextOptions): SafeText {
  return factsText(facts, displayLanguage, options);
}
