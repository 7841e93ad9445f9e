import type { CommandModule } from './command';
import { targetFromArgs } from './ticketTarget';

/** Collects, redacts, previews and (after confirmation) attaches a diagnostics bundle to a ticket. */
export const attachDiagnosticsCommand: CommandModule = {
  id: 'cloudTickets.attachDiagnostics',
  create:
    (services) =>
    async (...args: unknown[]) => {
      const { attachDiagnostics } = await import('../diagnostics/diagnosticsFlow');
      return attachDiagnostics(services, services.diagnostics, targetFromArgs(args, services.panels));
    },
};
