import { loadBundle } from '../lazy/load';
import type { CommandModule } from './command';
import { targetFromArgs } from './ticketTarget';

/** Collects, redacts, previews and (after confirmation) attaches a diagnostics bundle to a ticket. */
export const attachDiagnosticsCommand: CommandModule = {
  id: 'cloudTickets.attachDiagnostics',
  create:
    (services) =>
    async (...args: unknown[]) => {
      // Collecting, redacting and zipping is a bundle of its own (src/lazy/diagnostics.ts), loaded on the first run.
      return loadBundle('diagnostics').attachDiagnostics(services, services.diagnostics, targetFromArgs(args, services.panels));
    },
};
