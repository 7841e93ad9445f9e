import * as vscode from 'vscode';

/** Where ids are recognised: `cloudTickets.ticketLinks.editors` and `cloudTickets.ticketLinks.terminal`. */
export type LinkSurface = 'editors' | 'terminal';

/** True unless the user turned recognition off for this surface. */
export function linksEnabled(surface: LinkSurface): boolean {
  return vscode.workspace.getConfiguration('cloudTickets.ticketLinks').get<boolean>(surface, true);
}
