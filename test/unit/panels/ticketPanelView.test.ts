import * as assert from 'node:assert/strict';
import { MAX_PAGE_BODY_CHARS, ticketUpdate, toActionsView, toMessageView } from '../../../src/panels/ticketPanelView';
import { aMessage, aTicket } from './builders';

describe('ticket panel view: actions by capability', () => {
  it('offers close but not reopen or rate on an open ticket', () => {
    assert.deepEqual(toActionsView(aTicket()).available, ['refresh', 'close', 'export', 'openInConsole', 'copyId']);
  });

  it('offers reopen and rate on a closed ticket and disables replies', () => {
    const view = toActionsView(aTicket({ detail: { status: { group: 'closed', code: '6', label: 'Closed', known: true } } }));
    assert.deepEqual({ available: view.available, canReply: view.canReply }, { available: ['refresh', 'reopen', 'rate', 'export', 'openInConsole', 'copyId'], canReply: false });
  });

  it('offers urge, cancel and withdraw exactly when their capabilities are on', () => {
    const off = toActionsView(aTicket());
    const on = toActionsView(aTicket({ capabilities: { canUrge: true, canCancel: true, withdraw: true } }));
    const gated = (view: typeof on) => ({ actions: view.available.filter((a) => a === 'urge' || a === 'cancel'), withdraw: view.canWithdraw });
    assert.deepEqual({ off: gated(off), on: gated(on) }, { off: { actions: [], withdraw: false }, on: { actions: ['urge', 'cancel'], withdraw: true } });
  });

  it('reports no attachment room when the provider cannot attach', () => {
    const view = toActionsView(aTicket({ capabilities: { attachments: false, maxAttachmentsPerMessage: 3 } }));
    assert.deepEqual({ files: view.maxAttachments, bytes: view.maxAttachmentBytes }, { files: 0, bytes: 0 });
  });
});

describe('ticket panel view: messages', () => {
  it('never passes attachment links to the page, only whether the host can fetch them', () => {
    const view = toMessageView(aMessage('m', { attachments: [{ name: 'a.log', url: 'https://bucket/a.log?sig=secret', sizeBytes: 3 }, { name: 'b.log' }] }));
    assert.deepEqual(view.attachments, [
      { name: 'a.log', sizeBytes: 3, available: true, kind: 'text' },
      { name: 'b.log', available: false, kind: 'text' },
    ]);
  });

  it('adds what the host learned (size, a local preview) and a kind per file type', () => {
    const message = aMessage('m', { attachments: [{ name: 'shot.PNG', url: 'https://bucket/shot.png' }, { name: 'dump.tar.gz', url: 'https://bucket/d' }, { name: 'README' }] });
    const view = toMessageView(message, (messageId, index) => (messageId === 'm' && index === 0 ? { sizeBytes: 1384, previewUri: 'https://file+.vscode-resource/p.png' } : undefined));
    assert.deepEqual(
      view.attachments.map((a) => [a.kind, a.sizeBytes, a.previewUri]),
      [
        ['image', 1384, 'https://file+.vscode-resource/p.png'],
        ['archive', undefined, undefined],
        ['other', undefined, undefined],
      ],
    );
  });
});

describe('ticket panel view: older messages and rating', () => {
  it('offers older messages and the rating form from the loaded ticket and the status rules', () => {
    const open = toActionsView(aTicket({ hasEarlier: true }));
    const closed = toActionsView(aTicket({ detail: { status: { code: 'closed', label: 'Closed', group: 'closed', known: true } } }));
    assert.deepEqual([open.hasEarlier, open.ratingForm, closed.hasEarlier, closed.ratingForm], [true, false, false, true]);
  });
});

describe('ticket panel view: live updates', () => {
  it('sends a full snapshot first', () => {
    assert.ok(ticketUpdate(undefined, aTicket())?.snapshot);
  });

  it('sends nothing when nothing changed', () => {
    assert.equal(ticketUpdate(aTicket(), aTicket()), undefined);
  });

  it('sends only the appended messages when the known ones are unchanged', () => {
    const update = ticketUpdate(aTicket(), aTicket({ messages: [aMessage('m1'), aMessage('m2'), aMessage('m3')] }));
    assert.deepEqual({ appended: update?.appended?.map((m) => m.id), snapshot: update?.snapshot }, { appended: ['m3'], snapshot: undefined });
  });

  it('sends a snapshot when an earlier message changed (withdrawn)', () => {
    const update = ticketUpdate(aTicket(), aTicket({ messages: [aMessage('m1', { withdrawn: true }), aMessage('m2')] }));
    assert.equal(update?.snapshot?.messages[0].withdrawn, true);
  });

  it('sends the new header with an empty append when only the status changed', () => {
    const update = ticketUpdate(aTicket(), aTicket({ detail: { status: { group: 'closed', code: '6', label: 'Closed', known: true } } }));
    assert.deepEqual({ status: update?.header.status.group, appended: update?.appended }, { status: 'closed', appended: [] });
  });
});

describe('ticket panel view: message bodies sent to the page', () => {
  it('sends a normal body whole', () => {
    assert.deepEqual(pick(toMessageView(aMessage('m1', { body: 'short' }))), { body: 'short', omittedChars: 0 });
  });

  it('sends a bounded prefix of a huge body and says how much is left out', () => {
    const view = toMessageView(aMessage('m1', { body: 'x'.repeat(MAX_PAGE_BODY_CHARS + 5_000) }));
    assert.deepEqual({ length: view.body.length, omitted: view.omittedChars }, { length: MAX_PAGE_BODY_CHARS, omitted: 5_000 });
  });

  it('never cuts between the two halves of an emoji', () => {
    const body = `${'x'.repeat(MAX_PAGE_BODY_CHARS - 1)}😀 and more`;
    const view = toMessageView(aMessage('m1', { body }));
    assert.deepEqual({ last: view.body.at(-1), total: view.body.length + view.omittedChars }, { last: 'x', total: body.length });
  });
});

function pick(view: { body: string; omittedChars: number }) {
  return { body: view.body, omittedChars: view.omittedChars };
}
