/**
 * The one renderer of failures for people: a `TicketError`'s facts become what happened, what the cloud
 * said (its own words, quoted, never translated), what to do next and the request id. Every template goes
 * through the given `Translate`: the host passes `vscode.l10n.t` (src/common/errorMessage.ts), the MCP
 * server and the assistant `inEnglish`. vscode-free, so both can use it.
 */
import type { ErrorReason } from '../core/error-reasons';
import { isTicketError, type ErrorKind } from '../core/errors';
import type { AuthFailure } from '../core/failure-classification';
import { joinSentences, reasonLayout, reasonSentence, type Translate } from './errorReasonText';
import { outsideText, ownText, type SafeText } from './outsideText';

export type { Translate } from './errorReasonText';

/** Fills `{0}`-style placeholders of an English template (the MCP server, the assistant, logs, tests). */
export const inEnglish: Translate = (template, ...args) => template.replace(/\{(\d+)\}/g, (whole, index: string) => (args[Number(index)] === undefined ? whole : String(args[Number(index)])));

/** The facts the renderer reads: a `TicketError` has them all, a refresh snapshot's error only some. */
export interface ErrorFacts {
  readonly kind: ErrorKind;
  readonly reason?: ErrorReason;
  /** A sentence already in the user's language; shown as it is. */
  readonly presetMessage?: string;
  readonly cloudMessage?: string;
  /** Provider display name, an l10n key ("Alibaba Cloud"). */
  readonly provider?: string;
  readonly operation?: string;
  readonly code?: string;
  readonly requestId?: string;
  readonly deniedAction?: string;
  readonly authFailure?: AuthFailure;
  readonly clockSkewMs?: number;
  readonly ambiguous?: boolean;
  readonly retryAfterMs?: number;
}

export interface ErrorTextOptions {
  /** The cloud's name in the user's language, for facts that do not name their provider (a tree row knows its account's). */
  readonly cloudName?: string;
}

/** A failure as a sentence for people; anything that is not a `TicketError` shows its message as outside text. */
export function errorText(error: unknown, t: Translate, options: ErrorTextOptions = {}): SafeText {
  if (isTicketError(error)) return factsText(error, t, options);
  return outsideText(error instanceof Error ? error.message : String(error));
}

/** The sentences for a failure's facts. */
export function factsText(facts: ErrorFacts, t: Translate, options: ErrorTextOptions = {}): SafeText {
  const cloud = facts.provider ? t(facts.provider) : (options.cloudName ?? t('the cloud'));
  const requestId = facts.requestId ? t('Request ID: {0}.', outsideText(facts.requestId, { maxLength: 100 })) : undefined;
  if (facts.presetMessage) return outsideText(facts.presetMessage);
  const layout = facts.reason ? reasonLayout(facts.reason) : undefined;
  const reason = facts.reason ? reasonSentence(facts.reason, t, cloud) : undefined;
  const maybeApplied = facts.ambiguous ? t('The change may or may not have been applied, so check before trying again.') : undefined;
  if (layout?.alone) return sentences([reason, maybeApplied, requestId]);
  return sentences([
    headline(facts, t, cloud),
    facts.authFailure === 'clock-skew' && facts.clockSkewMs !== undefined ? skewSentence(facts.clockSkewMs, t) : undefined,
    reason,
    layout && !layout.showsCode ? undefined : cloudSays(facts, t, cloud),
    maybeApplied,
    layout && !layout.nextStep ? undefined : nextStep(facts, t),
    requestId,
  ]);
}

/** The parts as sentences, the first capitalised (a template may start with "the cloud"). Outside parts went through outsideText. */
function sentences(parts: ReadonlyArray<string | undefined>): SafeText {
  const text = joinSentences(parts);
  return ownText(text.charAt(0).toUpperCase() + text.slice(1));
}

function headline(facts: ErrorFacts, t: Translate, cloud: string): string {
  const what = facts.operation ? t(' ({0})', outsideText(facts.operation, { maxLength: 64 })) : '';
  if (facts.authFailure) return authHeadline(facts.authFailure, t, cloud, what);
  switch (facts.kind) {
    case 'auth':
      return t('{0} rejected the credentials of this account{1}.', cloud, what);
    case 'permission':
      return facts.deniedAction
        ? t('This account lacks the permission {0}{1}.', outsideText(facts.deniedAction, { maxLength: 120 }), what)
        : t('This account is not allowed to perform this operation{0}.', what);
    case 'throttled':
      return t('{0} is limiting the request rate{1}.', cloud, what);
    case 'network':
      return t('Could not reach {0}{1}.', cloud, what);
    case 'invalid-input':
      return t('{0} rejected the request as invalid{1}.', cloud, what);
    case 'server':
      return t('{0} had an internal error{1}.', cloud, what);
    case 'not-found':
      return t('{0} could not find the requested item{1}.', cloud, what);
  }
}

function authHeadline(failure: AuthFailure, t: Translate, cloud: string, what: string): string {
  switch (failure) {
    case 'clock-skew':
      return t("{0} refused the request because this computer's clock differs too much from the server's{1}.", cloud, what);
    case 'token-expired':
      return t('The temporary security token of this account has expired{0}.', what);
    case 'token-invalid':
      return t('{0} rejected the security token of this account{1}.', cloud, what);
    case 'unknown-key':
      return t('{0} does not know the access key id of this account{1}.', cloud, what);
    case 'key-disabled':
      return t('The access key of this account is disabled{0}.', what);
    case 'bad-secret':
      return t('{0} rejected the access key secret of this account{1}.', cloud, what);
  }
}

/** The cloud's own words (quoted, untranslated) with its code, or the code alone. */
function cloudSays(facts: ErrorFacts, t: Translate, cloud: string): string | undefined {
  const code = facts.code ? outsideText(facts.code, { maxLength: 64 }) : undefined;
  const said = facts.cloudMessage ? outsideText(facts.cloudMessage.trim().replace(/[.。]$/, ''), { maxLength: 200 }) : undefined;
  if (said && code) return t('{0} said ({1}): “{2}”.', cloud, code, said);
  if (said) return t('{0} said: “{1}”.', cloud, said);
  return code ? t('Error code: {0}.', code) : undefined;
}

function nextStep(facts: ErrorFacts, t: Translate): string {
  if (facts.authFailure) return authNextStep(facts.authFailure, t);
  switch (facts.kind) {
    case 'auth':
      return t('Check the access key of this account and enter it again.');
    case 'permission':
      return t('Ask the account administrator to grant this permission; the account itself stays signed in.');
    case 'throttled':
      return facts.retryAfterMs ? t('Wait {0} s and try again.', Math.max(1, Math.ceil(facts.retryAfterMs / 1000))) : t('Wait a moment and try again.');
    case 'network':
      return t('Check your network, proxy and endpoint settings, then try again.');
    case 'invalid-input':
      return t('Check the entered values and try again.');
    case 'server':
      return t('Try again later; if it keeps failing, report the request id to support.');
    case 'not-found':
      return t('Refresh the list; the item may have been removed or belong to another account.');
  }
}

function authNextStep(failure: AuthFailure, t: Translate): string {
  switch (failure) {
    case 'clock-skew':
      return t("Correct this computer's clock (turn on automatic time setting) and try again; the access key does not need to change.");
    case 'token-expired':
      return t('Enter a current STS security token for this account (and the temporary key id and secret issued with it, if they changed).');
    case 'token-invalid':
      return t('Enter the STS security token that was issued together with this temporary access key.');
    case 'unknown-key':
      return t('Check the access key id of this account and enter it again.');
    case 'key-disabled':
      return t('Enable the access key in the console, or enter another one.');
    case 'bad-secret':
      return t('Check the access key secret of this account and enter it again.');
  }
}

/** "The server's clock is about 20 minutes ahead of this computer's" from a server-minus-local difference. */
function skewSentence(skewMs: number, t: Translate): string {
  const minutes = Math.max(1, Math.round(Math.abs(skewMs) / 60_000));
  if (skewMs > 0) return minutes === 1 ? t("The server's clock is about 1 minute ahead of this computer's.") : t("The server's clock is about {0} minutes ahead of this computer's.", minutes);
  return minutes === 1 ? t("The server's clock is about 1 minute behind this computer's.") : t("The server's clock is about {0} minutes behind this computer's.", minutes);
}
