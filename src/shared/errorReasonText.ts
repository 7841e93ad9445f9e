/**
 * The sentence of each error reason (core/error-reasons.ts), written through a `Translate` function so the
 * host gets the user's language and the MCP server English from the same templates. Values from outside
 * (file names, endpoints typed by the user, account labels) pass through outsideText.
 */
import type { ErrorReason, ErrorReasonId } from '../core/error-reasons';
import { outsideText } from './outsideText';

/** `vscode.l10n.t` or the English formatter: a template with `{0}`-style placeholders and its values. */
export type Translate = (template: string, ...args: Array<string | number>) => string;

/**
 * How a reason's sentence sits in the error's text. `alone`: it is the whole text (our own check refused the
 * input before any request). `framed`: it follows the kind's headline; `nextStep` says whether the kind's
 * next step still helps; `showsCode` whether the error code adds anything the sentence does not say.
 */
interface ReasonLayout {
  readonly alone?: boolean;
  readonly nextStep?: boolean;
  readonly showsCode?: boolean;
}

const TRANSPORT: ReasonLayout = { nextStep: true, showsCode: false };
const CLOUD_CODE: ReasonLayout = { nextStep: false, showsCode: true };
const ALONE: ReasonLayout = { alone: true };

const LAYOUTS: Readonly<Record<ErrorReasonId, ReasonLayout>> = {
  'no-answer': TRANSPORT,
  'connection-failed': TRANSPORT,
  deadline: TRANSPORT,
  'file-changed-while-sent': ALONE,
  'file-unreadable-while-sent': ALONE,
  'unreadable-answer': { nextStep: true, showsCode: false },
  'answer-too-large': { nextStep: true, showsCode: false },
  'no-upload-link': { nextStep: true, showsCode: false },
  'unexpected-failure': ALONE,
  'no-new-ticket-id': { nextStep: false, showsCode: false },
  'storage-refused-upload': CLOUD_CODE,
  'endpoint-lacks-action': CLOUD_CODE,
  'api-not-at-endpoint': CLOUD_CODE,
  'contact-not-registered': CLOUD_CODE,
  'urged-recently': CLOUD_CODE,
  'urge-too-early': CLOUD_CODE,
  'upload-volume-used-up': CLOUD_CODE,
  'severity-unavailable': CLOUD_CODE,
  'cc-emails-invalid': CLOUD_CODE,
  'action-unsupported': CLOUD_CODE,
  'ticket-missing': CLOUD_CODE,
  'problem-type-unavailable': CLOUD_CODE,
  'region-unavailable': CLOUD_CODE,
  'status-forbids-action': CLOUD_CODE,
  'ticket-quota-used-up': CLOUD_CODE,
  'daily-create-limit': CLOUD_CODE,
  'label-exists': CLOUD_CODE,
  'too-many-account-labels': CLOUD_CODE,
  'too-many-ticket-labels': CLOUD_CODE,
  'too-many-related-tickets': CLOUD_CODE,
  'related-to-itself': CLOUD_CODE,
  'attachment-invalid': CLOUD_CODE,
  'authorization-gone': CLOUD_CODE,
  'authorization-not-pending': CLOUD_CODE,
  'invalid-cursor': ALONE,
  'empty-reply': ALONE,
  'reply-too-long': ALONE,
  'too-many-attachments': ALONE,
  'file-type-not-allowed': ALONE,
  'empty-file': ALONE,
  'file-too-large': ALONE,
  'archive-limit': ALONE,
  'empty-reopen-reason': ALONE,
  'missing-solved': ALONE,
  'single-score-rating': ALONE,
  'invalid-rating': ALONE,
  'score-out-of-range': ALONE,
  'authorization-of-another-ticket': ALONE,
  'host-authorization': ALONE,
  'unexpected-authorization': ALONE,
  'empty-refuse-reason': ALONE,
  'refuse-reason-too-long': ALONE,
  'invalid-form': ALONE,
  'unknown-ticket': ALONE,
  'invalid-endpoint': ALONE,
  'unsupported-api-version': ALONE,
  'unsupported-operation': ALONE,
  'unknown-provider': ALONE,
  'unknown-account': ALONE,
  'missing-credentials': ALONE,
};

/** Where the reason's sentence goes and what else the text keeps. */
export function reasonLayout(reason: ErrorReason): ReasonLayout {
  return LAYOUTS[reason.id];
}

/** The reason's sentence (one case per reason, so a new reason without words does not compile); `cloud` is the cloud's name in the user's language. */
export function reasonSentence(reason: ErrorReason, t: Translate, cloud: string): string {
  switch (reason.id) {
    case 'no-answer':
      return t('No answer within {0} s.', reason.seconds);
    case 'connection-failed':
      return reason.connectionCode ? t('The connection failed ({0}).', outsideText(reason.connectionCode, { maxLength: 64 })) : t('The connection failed.');
    case 'deadline':
      return reason.write && !reason.sent
        ? t("No result within {0} s, counting the wait for this account's other requests and the retries. The request was not sent.", reason.seconds)
        : t("No result within {0} s, counting the wait for this account's other requests and the retries.", reason.seconds);
    case 'file-changed-while-sent':
      return t('The file changed while it was being sent to {0}. Nothing was stored; attach it again once it stays the same.', cloud);
    case 'file-unreadable-while-sent':
      return t('The file could not be read while it was being sent to {0}. Nothing was stored; check the file and attach it again.', cloud);
    case 'unreadable-answer':
      return t('The answer (HTTP {0}) could not be read.', reason.httpStatus);
    case 'answer-too-large':
      return t('Its answer was larger than {0} MB, so it was not read.', reason.limitMegabytes);
    case 'unexpected-failure':
      return t('This failed unexpectedly in Cloud Tickets itself, not in {0}. The Cloud Tickets log has the details.', cloud);
    case 'no-upload-link':
      return t('The answer did not include an upload link.');
    case 'no-new-ticket-id':
      return t('The answer did not include the new ticket id; refresh the list before filing again.');
    case 'storage-refused-upload':
      return t('The storage service refused the upload; attach the file again.');
    case 'endpoint-lacks-action':
      return t('The endpoint does not offer this API action or version; check the endpoint and API version settings of the account.');
    case 'api-not-at-endpoint':
      return t('The OSM API was not found at this endpoint; check the endpoint setting.');
    case 'contact-not-registered':
      return t('The contact e-mail or phone must be one registered as a message recipient of the account.');
    case 'urged-recently':
      return t('This ticket was urged recently; you can urge it again later.');
    case 'urge-too-early':
      return t('The ticket was just created; you can urge it a little later.');
    case 'upload-volume-used-up':
      return t("Today's attachment upload volume is used up; try again tomorrow.");
    case 'severity-unavailable':
      return t('The selected severity is not available; pick another one.');
    case 'cc-emails-invalid':
      return t('A CC e-mail address is invalid or there are too many of them.');
    case 'action-unsupported':
      return t('That ticket action is not supported.');
    case 'ticket-missing':
      return t('The ticket does not exist (it may have been deleted); refresh the list.');
    case 'problem-type-unavailable':
      return t('The selected problem type is no longer available; pick another one.');
    case 'region-unavailable':
      return t('The selected region is not available; pick another one.');
    case 'status-forbids-action':
      return t('The ticket status does not allow this action any more; refresh the ticket.');
    case 'ticket-quota-used-up':
      return t('The ticket quota for this problem type is used up.');
    case 'daily-create-limit':
      return t("Today's ticket creation limit is reached; try again tomorrow.");
    case 'label-exists':
      return t('A label with that name already exists.');
    case 'too-many-account-labels':
      return t('An account can have at most {0} labels; delete one first.', reason.limit);
    case 'too-many-ticket-labels':
      return t('A ticket can have at most {0} labels.', reason.limit);
    case 'too-many-related-tickets':
      return t('A ticket can have at most {0} related tickets.', reason.limit);
    case 'related-to-itself':
      return t('A ticket cannot be related to itself.');
    case 'attachment-invalid':
      return t('The attachment is invalid (type, size or it was already used).');
    case 'authorization-gone':
      return t('The authorization no longer exists; refresh the ticket.');
    case 'authorization-not-pending':
      return t('The authorization is no longer pending; refresh the ticket.');
    case 'invalid-cursor':
      return t('The paging position is not valid. Refresh the list.');
    case 'empty-reply':
      return t('Write a reply before sending it.');
    case 'reply-too-long':
      return reason.canAttach ? t('The text is longer than {0} characters; shorten it or attach it as a file.', reason.limit) : t('The text is longer than {0} characters; shorten it.', reason.limit);
    case 'too-many-attachments':
      return t('A message can carry at most {0} attachments.', reason.limit);
    case 'file-type-not-allowed':
      return t('Files of type ".{0}" cannot be attached. Allowed: {1}.', outsideText(reason.extension, { maxLength: 32 }), reason.allowed.join(', '));
    case 'empty-file':
      return t('{0} is empty.', outsideText(reason.fileName, { maxLength: OUTSIDE_NAME }));
    case 'file-too-large':
      return t('{0} is larger than {1} MB; attach a smaller file.', outsideText(reason.fileName, { maxLength: OUTSIDE_NAME }), Math.round(reason.limitBytes / 1024 / 1024));
    case 'archive-limit':
      return archiveLimitSentence(reason, t);
    case 'empty-reopen-reason':
      return t('Say why the ticket should be reopened.');
    case 'missing-solved':
      return t('Say whether the problem was solved.');
    case 'single-score-rating':
      return t('{0} takes one score, whether the problem was solved, and a comment.', cloud);
    case 'score-out-of-range':
      return t('Choose a rating from {0} to {1}.', reason.min, reason.max);
    case 'invalid-rating':
      return joinSentences([
        reason.dimensions.length > 0 ? t('Check the score and reason given for: {0}.', reason.dimensions.map((label) => outsideText(label, { maxLength: OUTSIDE_NAME })).join(t(', '))) : undefined,
        reason.solvedMissing ? t('Say whether the problem was solved.') : undefined,
        reason.commentMaxLength !== undefined ? t('A rating comment can have at most {0} characters.', reason.commentMaxLength) : undefined,
      ]);
    case 'authorization-of-another-ticket':
      return t('This authorization belongs to another ticket; refresh the ticket.');
    case 'host-authorization':
      return t('This authorization covers hosts, whose login details are entered in the web console: grant it there.');
    case 'unexpected-authorization':
      return t('This authorization cannot be granted here; grant it in the web console.');
    case 'empty-refuse-reason':
      return t('Say why the authorization is refused.');
    case 'refuse-reason-too-long':
      return t('A reason can have at most {0} characters.', reason.limit);
    case 'invalid-form':
      return t('Check these fields: {0}.', reason.fields.map((label) => outsideText(t(label), { maxLength: OUTSIDE_NAME })).join(t(', ')));
    case 'unknown-ticket':
      return t('{0} has no ticket {1} for this account. Refresh the list; it may belong to another account.', cloud, outsideText(reason.ticketId, { maxLength: OUTSIDE_NAME }));
    case 'invalid-endpoint':
      return endpointSentence(reason, t);
    case 'unsupported-api-version':
      return t('API version "{0}" is not supported for {1}. Use {2}.', outsideText(reason.version, { maxLength: 32 }), cloud, reason.supported.join(' / '));
    case 'unsupported-operation':
      return t('{0} does not offer this action for this account.', cloud);
    case 'unknown-provider':
      return t('This version of Cloud Tickets does not support the cloud "{0}". Update the extension.', outsideText(reason.providerId, { maxLength: 64 }));
    case 'unknown-account':
      return t('This account was removed. Refresh the Tickets view.');
    case 'missing-credentials':
      return t('No access key is stored for "{0}". Enter the credentials again.', outsideText(reason.accountLabel, { maxLength: OUTSIDE_NAME }));
  }
}

/** Sentences one after another: a space after Latin punctuation, nothing after Chinese punctuation. */
export function joinSentences(parts: ReadonlyArray<string | undefined>): string {
  let text = '';
  for (const part of parts) {
    const trimmed = part?.trim();
    if (!trimmed) continue;
    text += text === '' || /[。！？：]$/.test(text) ? trimmed : ` ${trimmed}`;
  }
  return text;
}

/** Longest file name, ticket id or label quoted in an error sentence. */
const OUTSIDE_NAME = 120;

function endpointSentence(reason: Extract<ErrorReason, { id: 'invalid-endpoint' }>, t: Translate): string {
  const endpoint = outsideText(reason.endpoint, { maxLength: OUTSIDE_NAME });
  switch (reason.rule) {
    case 'https-only':
      return t('The endpoint must use https (plain http is allowed only for a local emulator): {0}.', endpoint);
    case 'no-query':
      return t('The endpoint must not contain a query or fragment: {0}.', endpoint);
    case 'not-a-url':
    case 'host-only':
      return t('The endpoint "{0}" is not usable. Enter a host name or a URL such as {1}.', endpoint, reason.example);
  }
}

/** Why a zip archive could not be built, naming the entry concerned where there is one. */
function archiveLimitSentence(reason: Extract<ErrorReason, { id: 'archive-limit' }>, t: Translate): string {
  const path = outsideText(reason.path ?? '', { maxLength: OUTSIDE_NAME });
  switch (reason.rule) {
    case 'finished':
      return t('The archive was already complete; nothing more can be added to it.');
    case 'duplicate-path':
      return t('Two files would have the same path in the archive: {0}.', path);
    case 'too-many-files':
      return t('An archive can hold at most {0} files.', reason.maxFiles ?? 65535);
    case 'file-too-large':
      return t('The file {0} is too large for a zip archive (4 GB).', path);
    case 'archive-too-large':
      return t('The archive would be larger than 4 GB.');
    case 'unusable-path':
      return t('The file {0} cannot be put into an archive under that name; rename it.', path);
    case 'path-too-long':
      return t('A file path is too long for a zip archive.');
  }
}
