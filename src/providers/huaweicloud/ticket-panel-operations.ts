/**
 * The OSM operations of the contract that the ticket panel shows beyond the conversation: the rating
 * form (5.8.8), the conversation from its newest end (5.10.5, 5.10.6), support's parameter requests
 * (5.3.2, 5.3.3) and authorizations (5.6.*), related cases (5.12.3) and the operation log (5.11.5).
 * `HuaweiCloudProvider` extends this class, so provider.ts stays about tickets and messages.
 */
import type { FormValues } from '../../core/form-schema';
import type { RatingForm } from '../../core/rating-form';
import type { Authorization, ParamRequest } from '../../core/support-requests';
import type { Message } from '../../core/ticket';
import type { MessageWindow, RelatedTicket, TicketEvent } from '../../core/ticket-timeline';
import * as authorizations from './authorizations';
import { OsmCaseAdministration } from './case-administration';
import { earlierMessages, latestMessages } from './conversation-window';
import { answerParamRequest, paramRequestOf } from './param-requests';
import { ratingFormFor } from './rating';
import { caseHistory, relatedCases } from './timeline';

export class OsmTicketPanelOperations extends OsmCaseAdministration {
  ratingForm(_ticketId: string, signal?: AbortSignal): Promise<RatingForm> {
    return ratingFormFor(this.client, signal);
  }

  listLatestMessages(ticketId: string, limit: number, signal?: AbortSignal): Promise<MessageWindow> {
    return latestMessages(this.client, ticketId, limit, signal);
  }

  listEarlierMessages(ticketId: string, before: Message, limit: number, signal?: AbortSignal): Promise<MessageWindow> {
    return earlierMessages(this.client, ticketId, before, limit, signal);
  }

  paramRequest(ticketId: string, messageId: string, signal?: AbortSignal): Promise<ParamRequest> {
    return paramRequestOf(this.client.cases, ticketId, messageId, this.client.language, signal);
  }

  answerParamRequest(ticketId: string, messageId: string, values: FormValues, signal?: AbortSignal): Promise<void> {
    return answerParamRequest(this.client.cases, ticketId, messageId, values, this.client.language, signal);
  }

  listAuthorizations(ticketId: string, signal?: AbortSignal): Promise<Authorization[]> {
    return authorizations.caseAuthorizations(this.client.authorizations, ticketId, signal);
  }

  grantAuthorization(ticketId: string, authorizationId: string, signal?: AbortSignal): Promise<void> {
    return authorizations.grantAuthorization(this.client.authorizations, ticketId, authorizationId, signal);
  }

  refuseAuthorization(_ticketId: string, authorizationId: string, reason: string, signal?: AbortSignal): Promise<void> {
    return authorizations.refuseAuthorization(this.client.authorizations, authorizationId, reason, signal);
  }

  async revokeAuthorization(_ticketId: string, authorizationId: string, signal?: AbortSignal): Promise<void> {
    await this.client.authorizations.update(authorizationId, 'cancel', {}, signal);
  }

  listRelatedTickets(ticketId: string, signal?: AbortSignal): Promise<RelatedTicket[]> {
    return relatedCases(this.client, ticketId, signal);
  }

  listTicketHistory(ticketId: string, signal?: AbortSignal): Promise<TicketEvent[]> {
    return caseHistory(this.client, ticketId, signal);
  }
}
