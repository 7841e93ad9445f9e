// The settings the README lists, switched in the real extension host: each one changes what it says.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TicketChange } from '../../src/core/notify';
import type { CloudTicketsApi } from '../../src/extension';
import { TicketIdIndex } from '../../src/links/ticketIdIndex';
import { TicketIdTerminalLinks } from '../../src/links/terminalLinks';
import { ChangeNotifier } from '../../src/views/changeNotifier';
import { extensionApi, until, untitledDocument } from './api';

/** A Memento in a map: the notifier's claims land here instead of the window's globalState. */
class MapMemento implements vscode.Memento {
  readonly values = new Map<string, unknown>();
  keys(): readonly string[] {
    return [...this.values.keys()];
  }
  get<T>(key: string, defaultValue?: T): T | undefined {
    return (this.values.has(key) ? this.values.get(key) : defaultValue) as T | undefined;
  }
  update(key: string, value: unknown): Thenable<void> {
    this.values.set(key, value);
    return Promise.resolve();
  }
}

const settings = () => vscode.workspace.getConfiguration('cloudTickets');

describe('settings (extension host)', () => {
  let api: CloudTicketsApi;

  before(async () => {
    api = await extensionApi();
  });
  afterEach(async () => {
    for (const key of ['notifications.enabled', 'ticketLinks.editors', 'ticketLinks.terminal']) await settings().update(key, undefined, vscode.ConfigurationTarget.Global);
  });

  it('notifies of changes only while cloudTickets.notifications.enabled is on', async () => {
    const detected = new vscode.EventEmitter<TicketChange>();
    const claims = new MapMemento();
    const notifier = new ChangeNotifier(api.services.accounts, claims, (listener) => detected.event(listener));
    const change = (mark: string): TicketChange => ({
      accountId: 'settings-test',
      ticket: { id: 'T0001', title: 'Settings test', status: { group: 'needs-action', code: '3', label: 'Waiting for you', known: true } },
      reasons: ['needs-action'],
      mark,
    });
    const claimed = () => JSON.stringify([...claims.values.values()]);
    try {
      await settings().update('notifications.enabled', false, vscode.ConfigurationTarget.Global);
      detected.fire(change('status:off'));
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(claimed().includes('status:off'), false, 'no notification while the setting is off');
      await settings().update('notifications.enabled', true, vscode.ConfigurationTarget.Global);
      detected.fire(change('status:on'));
      await until(() => claimed().includes('status:on'), 'the notification once the setting is on');
    } finally {
      notifier.dispose();
      detected.dispose();
    }
  });

  it('links ticket ids in editors only while cloudTickets.ticketLinks.editors is on', async () => {
    const document = await untitledDocument('markdown', 'Fixed in ticket 0005PYGCW.\n');
    const links = async () => (await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', document.uri)).filter((link) => link.target?.scheme === 'command').length;
    assert.equal(await links(), 1);
    await settings().update('ticketLinks.editors', false, vscode.ConfigurationTarget.Global);
    assert.equal(await links(), 0);
  });

  it('links ticket ids in terminal output only while cloudTickets.ticketLinks.terminal is on', async () => {
    const provider = new TicketIdTerminalLinks(new TicketIdIndex({ accountIds: () => [], summaries: () => [] }));
    const terminal = vscode.window.createTerminal({ name: 'ticket link settings' });
    try {
      const line = 'deploy failed, see ticket 0005PYGCW';
      assert.equal(provider.provideTerminalLinks({ line, terminal }).length, 1);
      await settings().update('ticketLinks.terminal', false, vscode.ConfigurationTarget.Global);
      assert.equal(provider.provideTerminalLinks({ line, terminal }).length, 0);
    } finally {
      terminal.dispose();
    }
  });
});
