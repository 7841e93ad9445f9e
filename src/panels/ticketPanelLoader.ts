import { cloudNameOf } from '../accounts/cloudName';
import { readConversation } from '../core/notify';
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
