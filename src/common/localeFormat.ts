import * as vscode from 'vscode';
import { ownText, type SafeText } from '../shared/outsideText';

/**
 * Dates and numbers as VS Code's display language writes them. The extension host's own default
 * locale is the process's (usually en-US), not the display language, so `toLocaleString()` with no
 * locale would show US dates to a Chinese user.
 */

const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
let supported: { readonly language: string; readonly locale: string } | undefined;

/** The display language when this runtime's Intl knows it, else English. */
function displayLocale(): string {
  const language = vscode.env.language;
  if (supported?.language !== language) {
    let locale = 'en';
    try {
      if (Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0) locale = language;
    } catch {
      // A tag Intl cannot parse: English.
    }
    supported = { language, locale };
  }
  return supported.locale;
}

/** A local date and time in the display language ("2026年9月1日 09:00", "Sep 1, 2026, 9:00 AM"). */
export function formatDateTime(epochMs: number): SafeText {
  return ownText(new Date(epochMs).toLocaleString(displayLocale(), DATE_TIME));
}

/** A number in the display language's format ("12,345"). */
export function formatNumber(value: number): SafeText {
  return ownText(value.toLocaleString(displayLocale()));
}
