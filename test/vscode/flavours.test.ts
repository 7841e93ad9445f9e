// The main flows of the extension, run the same way on every provider flavour (Alibaba 2021, Alibaba
// 2020, Huawei) inside the real extension host: an account in the explorer with its tickets grouped,
// a ticket panel, a reply, the ticket actions the account offers (with the prompts answered by the
// test), a file attached, a ticket created from the provider's own form. The emulator's state is the
// judge, read through the conformance suite's flavour table.
import type { RatingForm } from '../../src/core/rating-form';
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { uploadAndReply, type PreparedFile } from '../../src/attach/uploadFlow';
import type { Capabilities } from '../../src/core/capabilities';
import type { FormValue } from '../../src/core/form-schema';
import { isTicketError } from '../../src/core/errors';
import type { RatingInput } from '../../src/core/provider';
import type { StatusGroup } from '../../src/core/status';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import type { CloudTicketsApi } from '../../src/extension';
import { CreateSubmitter } from '../../src/panels/createPanelSubmit';
import { TicketActionRunner } from '../../src/panels/ticketPanelActions';
import type { TicketPrompts } from '../../src/panels/ticketPanelPrompts';
import { PanelReplySender } from '../../src/panels/ticketPanelReply';
import type { ExplorerNode } from '../../src/views/treeNodes';
import type { ServerView } from '../conformance/flavour';
import { FLAVOURS } from '../conformance/flavours';
import { fillCreateForm } from '../conformance/form-filling';
import { extensionApi, removeAllAccounts, until } from './api';

/** Answers every prompt the way a user who agrees would, and records what was asked. */
class ScriptedPrompts implements TicketPrompts {
  readonly asked: string[] = [];
  async confirm(question: string): Promise<boolean> {
    this.asked.push(question);
    return true;
  }
  async reopenMessage(): Promise<string> {
    this.asked.push('reopen');
    return 'The problem came back after the fix.';
  }
  async rating(form: RatingForm): Promise<RatingInput> {
    this.asked.push('rating');
    const scores = Object.fromEntries(form.dimensions.map((d) => [d.id, d.maxScore]));
    return { score: form.dimensions[0]?.maxScore ?? 5, scores, ...(form.solvedFlag ? { solved: true } : {}), comment: 'Quick and clear.' };
  }
}

function fileOf(name: string, text: string): PreparedFile {
  const data = Buffer.from(text);
  return { name, size: data.byteLength, read: () => Promise.resolve(data) };
}

for (const flavour of FLAVOURS) {
  describe(`main flows on ${flavour.name} (extension host, emulator on loopback)`, () => {
    let api: CloudTicketsApi;
    let server: RunningEmulator;
    let view: ServerView;
    let accountId: string;
    let capabilities: Capabilities;
    const prompts = new ScriptedPrompts();

    const groupOf = (ticketId: string): StatusGroup => flavour.statuses.groups[view.ticket(ticketId).status];
    /** A ticket put into `status` on the server, oldest first (Huawei refuses to urge a ticket filed minutes ago). */
    const ticketIn = (status: string, skip: readonly string[] = []): string => {
      const ticket = [...view.tickets()].sort((a, b) => a.createdAt - b.createdAt).find((t) => !skip.includes(t.id));
      assert.ok(ticket, 'the sample has tickets');
      server.control.setStatus(flavour.emulatorProvider, ticket.id, status);
      return ticket.id;
    };
    const runner = () => new TicketActionRunner(api.services, prompts, () => Promise.resolve());

    before(async () => {
      api = await extensionApi();
      await removeAllAccounts(api);
      server = await startEmulator({ port: 0 });
      view = flavour.server(server.control);
      const account = await api.services.accounts.add(
        {
          providerId: flavour.providerId,
          label: `Flows ${flavour.name}`,
          endpoint: server.url,
          ...(flavour.apiVersion ? { apiVersion: flavour.apiVersion } : {}),
          ...(flavour.providerId === 'huaweicloud' ? { domainId: '0a1b2c3d4e5f60718293a4b5c6d7e8f9' } : {}),
        },
        flavour.credentials,
      );
      accountId = account.id;
      capabilities = await api.services.providers.run(accountId, async (provider) => provider.capabilities);
    });
    after(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await removeAllAccounts(api);
      await server?.close();
    });

    it('shows the account in the explorer with every open ticket under its status group', async () => {
      await api.services.tickets.refresh(accountId);
      const roots = (await api.explorer.getChildren()) ?? [];
      const account = roots.find((node) => node.kind === 'account' && node.account.id === accountId);
      assert.ok(account, 'the account node');
      const groups = ((await api.explorer.getChildren(account)) ?? []).filter((node): node is Extract<ExplorerNode, { kind: 'group' }> => node.kind === 'group');
      const shown = new Map<StatusGroup, string[]>();
      for (const group of groups) {
        const children = (await api.explorer.getChildren(group)) ?? [];
        shown.set(group.group, children.flatMap((node) => (node.kind === 'ticket' ? [node.ticketId] : [])).sort());
      }
      const expected = (group: StatusGroup) =>
        view
          .tickets()
          .filter((t) => flavour.statuses.groups[t.status] === group)
          .map((t) => t.id)
          .sort();
      assert.deepEqual({ needsAction: shown.get('needs-action') ?? [], inProgress: shown.get('in-progress') ?? [] }, { needsAction: expected('needs-action'), inProgress: expected('in-progress') });
    });

    it('opens a ticket panel from the command, titled from the ticket', async () => {
      const id = ticketIn(flavour.statuses.open);
      await vscode.commands.executeCommand('cloudTickets.openTicket', accountId, id);
      const tabs = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('cloudTickets.ticket'));
      const tab = await until(() => tabs().find((t) => t.isActive && t.label !== ''), 'the ticket panel');
      assert.ok(tab.label.length > 0 && tab.label.length <= 80, tab.label);
    });

    it('posts a reply from the panel once', async () => {
      const id = ticketIn(flavour.statuses.open);
      const text = `Flows reply on ${flavour.name}`;
      const thread = (await api.services.providers.run(accountId, (provider) => provider.listMessages(id, {}))).items;
      const result = await new PanelReplySender(api.services, { accountId, ticketId: id }, { pauseMs: 0 }).send({ body: text }, [], thread);
      assert.deepEqual({ result, posted: view.ticket(id).messages.filter((m) => m.text === text).length }, { result: { sent: true }, posted: 1 });
    });

    it('attaches a file as one reply the server holds byte for byte, or says the account cannot', async () => {
      const id = ticketIn(flavour.statuses.open);
      const attach = uploadAndReply(api.services, { accountId, ticketId: id, ticketTitle: id, accountLabel: flavour.name }, [fileOf('flows.log', `log of ${flavour.name}\n`)], 'Log attached');
      if (!capabilities.attachments) {
        await assert.rejects(Promise.resolve(attach), (error) => isTicketError(error) && /does not offer this action/.test(error.message));
        assert.equal(
          view.ticket(id).messages.some((m) => m.text === 'Log attached'),
          false,
        );
        return;
      }
      const outcome = await attach;
      const message = view.ticket(id).messages.find((m) => m.text === 'Log attached');
      assert.equal(outcome.status, 'sent');
      assert.deepEqual(
        message?.attachmentKeys.map((key) => server.control.attachment(flavour.emulatorProvider, key)?.toString('utf8')),
        [`log of ${flavour.name}\n`],
      );
    });

    it('urges a ticket when the account offers it, and says it cannot when it does not', async () => {
      const id = ticketIn(flavour.statuses.open);
      const urgesBefore = view.ticket(id).urges ?? 0;
      const urge = runner().run('urge', { accountId, ticketId: id });
      if (!capabilities.canUrge) {
        await assert.rejects(urge, (error) => isTicketError(error) && /does not offer this action/.test(error.message));
        return;
      }
      assert.equal(await urge, true);
      assert.equal(view.ticket(id).urges, urgesBefore + 1);
    });

    it('closes a ticket after the confirmation, then reopens or rates it as the account allows', async () => {
      const id = ticketIn(flavour.statuses.open);
      assert.equal(await runner().run('close', { accountId, ticketId: id }), true);
      assert.equal(groupOf(id), 'closed');
      assert.match(prompts.asked.at(-1) ?? '', new RegExp(id));
      if (capabilities.canRate) {
        server.control.setStatus(flavour.emulatorProvider, id, flavour.statuses.completed);
        assert.equal(await runner().run('rate', { accountId, ticketId: id }), true);
        assert.equal(view.ticket(id).rating, capabilities.rating?.maxScore);
      }
      if (capabilities.canReopen) {
        assert.equal(await runner().run('reopen', { accountId, ticketId: id }), true);
        assert.notEqual(groupOf(id), 'closed');
      }
    });

    it("files a ticket from the provider's own form, once", async () => {
      const marker = `flows-${flavour.name.replace(/\W+/g, '-')}-${Date.now()}`;
      const form = await api.services.providers.run(accountId, (provider) => fillCreateForm(provider, flavour, { marker }));
      const created: string[] = [];
      const submitter = new CreateSubmitter(() => form.fields, {
        run: (call) => api.services.providers.run(accountId, call),
        onCreated: async (ticketId) => void created.push(ticketId),
        log: api.services.log,
      });
      const values = Object.fromEntries(Object.entries(form.values).filter((entry): entry is [string, FormValue] => entry[1] !== undefined));
      const outcome = await submitter.submit(values);
      assert.equal(outcome.outcome, 'created', JSON.stringify(outcome));
      assert.deepEqual(
        view
          .tickets()
          .filter((t) => t.description.includes(marker) || t.messages.some((m) => m.text.includes(marker)))
          .map((t) => t.id),
        created,
      );
    });
  });
}
