/**
 * Texts of the ticket page's timeline, request forms, rating form and attachment previews. The host
 * fills them with `vscode.l10n.t`; `{0}`-style placeholders are filled by the page.
 */
export interface TicketExtrasStrings {
  readonly preview: string;
  readonly loadEarlier: string;
  readonly loadingEarlier: string;
  readonly timelineLabel: string;
  readonly activityLabel: string;
  readonly relatedLabel: string;
  readonly openRelated: string;
  readonly filedBy: string;
  readonly authorizationsLabel: string;
  readonly noAuthorizations: string;
  readonly grant: string;
  readonly refuse: string;
  readonly revoke: string;
  readonly reviewAuthorization: string;
  readonly authPending: string;
  readonly authGranted: string;
  readonly authRefused: string;
  readonly authExpired: string;
  readonly authWithdrawn: string;
  readonly authRevoked: string;
  readonly authUnknown: string;
  /** `{0}` start, `{1}` end of the period. */
  readonly authPeriod: string;
  /** `{0}` the reason. */
  readonly refusedBecause: string;
  readonly hostInConsole: string;
  readonly consoleAccess: string;
  readonly hostAccess: string;
  readonly paramFormTitle: string;
  readonly paramFormHint: string;
  readonly authorizationPanelHint: string;
  readonly sendAnswer: string;
  readonly answered: string;
  readonly cancel: string;
  readonly required: string;
  readonly answerSent: string;
  readonly ratingTitle: string;
  readonly overallScore: string;
  readonly reason: string;
  readonly noReason: string;
  readonly solvedQuestion: string;
  readonly yes: string;
  readonly no: string;
  readonly ratingComment: string;
  readonly sendRating: string;
  /** `{0}` score, `{1}` highest score. */
  readonly scoreOf: string;
  readonly scoreMissing: string;
  readonly solvedMissing: string;
}
