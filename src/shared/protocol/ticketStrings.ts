/**
 * Every text the ticket page shows. The host fills it with `vscode.l10n.t` (so the l10n bundle
 * translates it) and hands it over in the `ready` answer; the page has no strings of its own.
 * `{0}`-style placeholders are filled by the page.
 */
import type { TicketExtrasStrings } from './ticketExtrasStrings';

export interface TicketStrings extends TicketExtrasStrings {
  readonly loading: string;
  readonly loadFailed: string;
  readonly retry: string;
  readonly ticketId: string;
  readonly status: string;
  readonly severity: string;
  readonly product: string;
  readonly category: string;
  readonly created: string;
  readonly updated: string;
  readonly labels: string;
  readonly account: string;
  readonly actionsLabel: string;
  readonly conversationLabel: string;
  readonly noMessages: string;
  readonly you: string;
  readonly support: string;
  readonly system: string;
  readonly assistant: string;
  readonly confidential: string;
  readonly reveal: string;
  readonly hide: string;
  readonly withdrawn: string;
  readonly withdraw: string;
  readonly unread: string;
  readonly qaBot: string;
  readonly extendsParamRequest: string;
  readonly extendsParamHint: string;
  readonly answer: string;
  readonly authorizationRequest: string;
  readonly authorizationHint: string;
  readonly attachmentsLabel: string;
  readonly open: string;
  readonly save: string;
  readonly unknownSize: string;
  /** Shows more of a long title or message ("Show more"). */
  readonly showMore: string;
  readonly showLess: string;
  /** Below a body cut by the host: `{0}` characters more, read them in the export. */
  readonly bodyOmitted: string;
  readonly newMessages: string;
  readonly replyLabel: string;
  readonly replyPlaceholder: string;
  readonly replyClosedHint: string;
  readonly secretToggle: string;
  readonly attach: string;
  readonly attachLimit: string;
  readonly removeAttachment: string;
  readonly send: string;
  readonly sending: string;
  readonly sendHint: string;
  readonly draftSaved: string;
  readonly tooLong: string;
  readonly emptyReply: string;
  readonly actionClose: string;
  readonly actionCancel: string;
  readonly actionReopen: string;
  readonly actionUrge: string;
  readonly actionRate: string;
  readonly actionRefresh: string;
  readonly actionExport: string;
  readonly actionOpenInConsole: string;
  readonly actionCopyId: string;
  readonly groupNeedsAction: string;
  readonly groupInProgress: string;
  readonly groupClosed: string;
  readonly justNow: string;
  readonly bytes: string;
  readonly kilobytes: string;
  readonly megabytes: string;
}
