import { cloudNameOf } from '../accounts/cloudName';
import { readConversation } from '../core/notify';
import { operationIfOffered } from '../core/provider-operations';
import type { Message } from '../core/ticket';
import type { MessageWindow } from '../core/ticket-timeline';
import type { HostServices, TicketTarget } from '../services/services';
import type { LoadedTicket } from './ticketPanelView';

/** Loads the ticket, its whole conversation and what the provider allows, through the registry (account health). */
export function loadTicket(services: HostServices, target: TicketTarget, signal?: AbortSignal): Promise<LoadedTicket> {
  const accountLabel = services.accounts.get(target.accountId)?.label ?? target.accountId;
  return services.providers.run(target.accountId, async (provider) => {
    const [detail, messages] = await Promise.all([provider.getTicket(target.ticketId, signal), readConversation(provider, target.ticketId, signal)]);
    return {
      detail,
      messages,
      capabilities: provider.capabilities,
      providerName: cloudNameOf(provider.providerId),
      accountLabel,
    };
  });
}

/**
 * Like `loadTicket`, but where the cloud reads conversations from their newest end only the newest
 * `window` messages are read (older ones on demand, `loadEarlierMessages`).
 */
export function loadTicketWindow(services: HostServices, target: TicketTarget, window: number, signal?: AbortSignal): Promise<LoadedTicket> {
  const accountLabel = services.accounts.get(target.accountId)?.label ?? target.accountId;
  return services.providers.run(target.accountId, async (provider) => {
    const latest = operationIfOffered(provider, 'listLatestMessages');
    const conversation = latest ? latest(target.ticketId, window, signal) : readConversation(provider, target.ticketId, signal).then((items) => ({ items, hasEarlier: false }));
    const [detail, messages] = await Promise.all([provider.getTicket(target.ticketId, signal), conversation]);
    return {
      detail,
      messages: messages.items,
      hasEarlier: messages.hasEarlier,
      capabilities: provider.capabilities,
      providerName: cloudNameOf(provider.providerId),
      accountLabel,
    };
  });
}

/** Up to `window` messages before `oldest`, where the cloud offers it; none otherwise. */
export function loadEarlierMessages(services: HostServices, target: TicketTarget, oldest: Message, window: number, signal?: AbortSignal): Promise<MessageWindow> {
  return services.providers.run(target.accountId, async (provider) => {
    const earlier = operationIfOffered(provider, 'listEarlierMessages');
    return earlier ? earlier(target.ticketId, oldest, window, signal) : { items: [], hasEarlier: false };
  });
}
