import * as vscode from 'vscode';
import type { CommandModule } from './command';

export const openSettingsCommand: CommandModule = {
  id: 'cloudTickets.openSettings',
  create: () => () => vscode.commands.executeCommand('workbench.action.openSettings', '@ext:cloud-tickets.cloud-tickets'),
};
