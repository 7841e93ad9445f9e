import type { DiagnosticsHost } from '../diagnostics/diagnosticsHost';
import type { TicketPanels } from '../panels/ticketPanels';
import type { HostServices } from '../services/services';
import type { CommandId } from '../shared/commandIds';

/** What command handlers work with: the host services and the UI surfaces commands drive. */
export interface CommandServices extends HostServices {
  /** The open ticket panels and the ticket actions they share with the commands. */
  readonly panels: TicketPanels;
  readonly diagnostics: DiagnosticsHost;
}

/** One command: its id and a factory that binds its handler to the services it needs. */
export interface CommandModule {
  readonly id: CommandId;
  create(services: CommandServices): (...args: unknown[]) => unknown;
}
