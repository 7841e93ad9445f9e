// The timeline, request and rating views of the ticket page, and the attachment kinds and preview rule.
import * as assert from 'node:assert/strict';
import { singleScoreForm } from '../../../src/core/rating-form';
import type { Authorization } from '../../../src/core/support-requests';
import { joinMessageWindows } from '../../../src/core/ticket-timeline';
import { attachmentKindOf, MAX_PREVIEW_BYTES, previewable } from '../../../src/panels/ticketPanelAttachmentKinds';
import { authorizationView, formFieldView, ratingInputOf, timelineView } from '../../../src/panels/ticketPanelExtrasView';
import { aMessage } from './builders';

const pending: Authorization = { id: '7', state: 'pending', access: 'Account · Console login', description: 'Check the VM', items: [{ id: '70', kind: 'console', name: 'vm-1' }] };

describe('ticket panel extras: views', () => {
  it('offers grant and refuse on a pending authorization, revoke on a granted one, and no grant of host access', () => {
    const host = authorizationView({ ...pending, items: [{ id: '71', kind: 'host', name: 'db-1', region: 'r1' }] });
    const granted = authorizationView({ ...pending, state: 'granted' });
    assert.deepEqual(
      [authorizationView(pending), host, granted].map((a) => [a.canGrant, a.canRefuse, a.canRevoke]),
      [
        [true, true, false],
        [false, true, false],
        [false, false, true],
      ],
    );
  });

  it('leaves out the timeline parts the cloud does not offer and keeps the problems of those that failed', () => {
    const view = timelineView({ events: [{ id: 'e', at: 1, text: 'Urged', actor: 'me' }], problems: ['The related tickets could not be loaded.'] });
    assert.deepEqual(view, { events: [{ id: 'e', at: 1, text: 'Urged', actor: 'me' }], problems: ['The related tickets could not be loaded.'] });
  });

  it('renders contact fields as text and leaves file fields out of an answer form', () => {
    assert.deepEqual(
      [
        formFieldView({ kind: 'email', id: 'e', label: 'Mail', required: true, defaultValue: 'a@b.c' }),
        formFieldView({ kind: 'file', id: 'f', label: 'Files', required: false, maxFiles: 1, maxBytesPerFile: 1 }),
      ],
      [{ id: 'e', label: 'Mail', required: true, kind: 'text', defaultValue: 'a@b.c' }, undefined],
    );
  });

  it("turns the page's rating into the contract's: every dimension's score, the picked reasons only", () => {
    const form = { ...singleScoreForm({ minScore: 1, maxScore: 5, solvedFlag: true, comment: true }, 100) };
    assert.deepEqual(ratingInputOf(form, { scores: { overall: 4 }, reasons: { overall: '' }, solved: false, comment: '  ok ' }), {
      score: 4,
      scores: { overall: 4 },
      reasons: {},
      solved: false,
      comment: 'ok',
    });
  });
});

describe('ticket panel extras: attachments and windows', () => {
  it('knows a file kind by its extension and previews only raster pictures under the cap', () => {
    assert.deepEqual(
      [
        attachmentKindOf('a.JPG'),
        attachmentKindOf('x.tar.gz'),
        attachmentKindOf('x.pdf'),
        attachmentKindOf('noext'),
        previewable('a.png'),
        previewable('a.svg'),
        previewable('a.png', MAX_PREVIEW_BYTES + 1),
      ],
      ['image', 'archive', 'pdf', 'other', true, false, false],
    );
  });

  it('keeps older loaded messages in front of a fresh newest window, whose versions win', () => {
    const loaded = [aMessage('a', { createdAt: 1 }), aMessage('b', { createdAt: 2 }), aMessage('c', { createdAt: 3, body: 'old' })];
    const joined = joinMessageWindows(loaded, [aMessage('c', { createdAt: 3, body: 'edited' }), aMessage('d', { createdAt: 4 })]);
    assert.deepEqual(
      joined.map((m) => `${m.id}:${m.body}`),
      ['a:body a', 'b:body b', 'c:edited', 'd:body d'],
    );
  });
});
