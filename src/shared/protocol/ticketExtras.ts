/**
 * The ticket panel's messages beyond the conversation: the timeline (operation log, related tickets,
 * authorizations), support's requests answered with a form (parameters, authorizations), the rating
 * form, older messages on demand. Plain data, vscode- and DOM-free; texts from the cloud are outside
 * text that the page isolates.
 */

/** A file type's look: the page picks a codicon for it. */
export type TicketAttachmentKindView = 'image' | 'video' | 'archive' | 'pdf' | 'text' | 'code' | 'document' | 'other';

export interface TicketEventView {
  readonly id: string;
  readonly at: number;
  readonly text: string;
  readonly actor?: string;
}

export interface TicketRelatedView {
  readonly id: string;
  readonly title: string;
  readonly filedBy?: string;
}

export type TicketAuthorizationStateView = 'pending' | 'granted' | 'refused' | 'expired' | 'withdrawn' | 'revoked' | 'unknown';

export interface TicketAuthorizationView {
  readonly id: string;
  readonly state: TicketAuthorizationStateView;
  readonly access: string;
  readonly description: string;
  readonly createdAt?: number;
  readonly effectiveAt?: number;
  readonly expiresAt?: number;
  readonly refuseReason?: string;
  readonly items: readonly { readonly kind: 'console' | 'host'; readonly name: string; readonly region?: string }[];
  readonly canGrant: boolean;
  readonly canRefuse: boolean;
  readonly canRevoke: boolean;
}

/** What the timeline shows; a part the cloud does not offer is absent, one that failed to load names why. */
export interface TicketTimelineView {
  readonly events?: readonly TicketEventView[];
  readonly related?: readonly TicketRelatedView[];
  readonly authorizations?: readonly TicketAuthorizationView[];
  /** Sentences of the parts that could not be loaded. */
  readonly problems: readonly string[];
}

/** A form field as the page renders it (text, multi-line text, a choice, a yes/no). */
export interface TicketFormFieldView {
  readonly id: string;
  readonly kind: 'text' | 'textarea' | 'select' | 'checkbox';
  readonly label: string;
  readonly required: boolean;
  readonly help?: string;
  readonly options?: readonly { readonly value: string; readonly label: string }[];
  readonly defaultValue?: string | boolean;
  readonly maxLength?: number;
}

export interface TicketParamRequestView {
  readonly messageId: string;
  readonly fields: readonly TicketFormFieldView[];
  readonly answered: boolean;
}

export interface TicketRatingDimensionView {
  readonly id: string;
  /** Empty for the one overall score of a cloud that has no named dimensions. */
  readonly label: string;
  readonly minScore: number;
  readonly maxScore: number;
  readonly reasons: readonly { readonly score: number; readonly reasons: readonly { readonly id: string; readonly label: string }[] }[];
}

export interface TicketRatingFormView {
  readonly dimensions: readonly TicketRatingDimensionView[];
  readonly solvedFlag: boolean;
  readonly comment: boolean;
  readonly maxCommentLength: number;
}

// ---- page → host ---------------------------------------------------------------------------------

/** Loads the messages before the oldest one shown. */
export interface TicketLoadEarlierRequest {
  readonly type: 'loadEarlier';
}
export interface TicketParamRequestRequest {
  readonly type: 'paramRequest';
  readonly messageId: string;
}
export interface TicketAnswerParamsRequest {
  readonly type: 'answerParams';
  readonly messageId: string;
  readonly values: Readonly<Record<string, string | boolean>>;
}
/** Grant, refuse (the host asks why) or revoke an authorization; destructive ones are confirmed by the host. */
export interface TicketAuthorizationRequest {
  readonly type: 'authorization';
  readonly authorizationId: string;
  readonly action: 'grant' | 'refuse' | 'revoke';
}
export interface TicketOpenRelatedMessage {
  readonly type: 'openRelated';
  readonly ticketId: string;
}
export interface TicketRatingFormRequest {
  readonly type: 'ratingForm';
}
export interface TicketSubmitRatingRequest {
  readonly type: 'submitRating';
  /** Dimension id → score. */
  readonly scores: Readonly<Record<string, number>>;
  /** Dimension id → reason id. */
  readonly reasons: Readonly<Record<string, string>>;
  readonly solved?: boolean;
  readonly comment: string;
}

export type TicketExtrasPageMessage =
  | TicketLoadEarlierRequest
  | TicketParamRequestRequest
  | TicketAnswerParamsRequest
  | TicketAuthorizationRequest
  | TicketOpenRelatedMessage
  | TicketRatingFormRequest
  | TicketSubmitRatingRequest;

/** A form for the page, or the sentence saying why there is none. */
export interface TicketFormResult<T> {
  readonly form?: T;
  readonly error?: string;
}

export interface TicketExtrasHostReplies {
  readonly loadEarlier: { readonly done: boolean; readonly error?: string };
  readonly paramRequest: TicketFormResult<TicketParamRequestView>;
  readonly answerParams: { readonly done: boolean; readonly error?: string };
  readonly authorization: { readonly done: boolean; readonly error?: string };
  readonly openRelated: undefined;
  readonly ratingForm: TicketFormResult<TicketRatingFormView>;
  readonly submitRating: { readonly done: boolean; readonly error?: string };
}

// ---- host → page ---------------------------------------------------------------------------------

export interface TicketTimelineUpdatedMessage {
  readonly type: 'timelineUpdated';
  readonly timeline: TicketTimelineView;
}
