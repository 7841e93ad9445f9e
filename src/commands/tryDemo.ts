import * as vscode from 'vscode';
import type { CommandModule } from './command';

export const tryDemoCommand: CommandModule = {
  id: 'cloudTickets.tryDemo',
  create:
    ({ demo, tickets }) =>
    async () => {
      const accounts = await vscode.window.withProgress({ location: { viewId: 'cloudTickets.explorer' }, title: vscode.l10n.t('Starting the demo…') }, () => demo.start());
      await tickets.refresh();
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Demo ready: {0} sample account(s) backed by a local emulator. A simulated support engineer answers new tickets and replies after a few seconds.', accounts.length),
      );
    },
};
