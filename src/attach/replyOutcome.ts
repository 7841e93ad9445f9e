import * as vscode from 'vscode';
import { isAbortError } from '../core/abort';
import { errorMessage } from '../common/errorMessage';
import type { ReplyOutcome } from '../core/reply-duplicate-guard';
import { ownText, type SafeText } from '../shared/outsideText';

/** A reply that did not go through, as `sendReplyOnce` / `reopenOnce` report it. */
export type UnsentReply = Extract<ReplyOutcome, { status: 'not-sent' | 'uncertain' }>;

/** True when the outcome means the text is on the server (sent, or found after an ambiguous failure). */
export function replyArrived(outcome: ReplyOutcome): outcome is Extract<ReplyOutcome, { status: 'sent' | 'recovered' }> {
  return outcome.status === 'sent' || outcome.status === 'recovered';
}

/** True when the next attempt of the same text is a resend after an ambiguous failure (look first). */
export function needsCheckBeforeResend(outcome: ReplyOutcome): boolean {
  return outcome.status === 'uncertain' || (outcome.status === 'not-sent' && outcome.checked);
}

/** Said after an ambiguous failure when the reply turned out to be posted. */
export function recoveredReplyText(): SafeText {
  return ownText(vscode.l10n.t('The connection dropped, but the reply had been posted. It was not sent twice.'));
}

/** Said after an ambiguous failure when the reopen turned out to be done. */
export function recoveredReopenText(): SafeText {
  return ownText(vscode.l10n.t('The connection dropped, but the ticket had been reopened. It was not reopened twice.'));
}

/** One sentence (or two) for a reply that did not go through: why, and whether sending again is safe. */
export function unsentReplyText(outcome: UnsentReply): SafeText {
  const reason = reasonOf(outcome.error);
  if (outcome.status === 'not-sent') {
    return outcome.checked ? ownText(vscode.l10n.t('{0} The reply is not in the conversation, so sending it again will not post it twice.', reason)) : reason;
  }
  if (outcome.heldBack) {
    return outcome.searchError === undefined
      ? ownText(vscode.l10n.t('Not sent again: the earlier attempt may have been posted, and the conversation does not show clearly whether it was. Look at it before you send again.'))
      : ownText(vscode.l10n.t('Not sent again: whether the earlier attempt was posted could not be checked ({0}). Look at the conversation before you send again.', reasonOf(outcome.searchError)));
  }
  if (outcome.searchError === undefined) {
    return ownText(vscode.l10n.t('{0} The conversation does not show clearly whether the reply was posted. Look at it before you send again.', reason));
  }
  return ownText(vscode.l10n.t('{0} Whether the reply was posted could not be checked ({1}). Look at the conversation before you send again.', reason, reasonOf(outcome.searchError)));
}

/** The same for a reopen, where the ticket's status (not the conversation) settles whether it went through. */
export function unreopenedText(outcome: UnsentReply): SafeText {
  const reason = reasonOf(outcome.error);
  if (outcome.status === 'not-sent') {
    return outcome.checked ? ownText(vscode.l10n.t('{0} The ticket is still closed, so reopening it again is safe.', reason)) : reason;
  }
  return ownText(vscode.l10n.t('{0} Whether the ticket was reopened could not be checked. Refresh it before you try again.', reason));
}

function reasonOf(error: unknown): SafeText {
  if (isAbortError(error)) return ownText(vscode.l10n.t('Sending was cancelled while the reply was on its way.'));
  return errorMessage(error);
}
