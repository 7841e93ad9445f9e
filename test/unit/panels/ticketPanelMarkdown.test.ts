import * as assert from 'node:assert/strict';
import { escapeMarkdown, ticketToMarkdown } from '../../../src/panels/ticketPanelMarkdown';
import { aMessage, aTicket, MARKDOWN_LABELS as LABELS } from './builders';

const render = (ticket = aTicket()) => ticketToMarkdown(ticket, { labels: LABELS, formatTime: (ms) => new Date(ms).toISOString() });

describe('ticket export to Markdown', () => {
  it('starts with the title and lists the facts', () => {
    const markdown = render();
    assert.match(markdown, /^# Backup failed\n\n- \*\*Ticket ID\*\*: T1\n- \*\*Account\*\*: Test Cloud · Work\n- \*\*Status\*\*: Dealing\n/);
  });

  it('has one section per message with author, role and time', () => {
    assert.equal(render().match(/^## Agent \(Support\) — /gm)?.length, 2);
  });

  it('leaves confidential text out', () => {
    const markdown = render(aTicket({ messages: [aMessage('s', { secret: true, body: 'root password hunter2' })] }));
    assert.deepEqual({ leaked: markdown.includes('hunter2'), noted: markdown.includes('Confidential message (not exported)') }, { leaked: false, noted: true });
  });

  it('redacts secrets that appear in ordinary messages', () => {
    const markdown = render(aTicket({ messages: [aMessage('k', { body: 'my key LTAI5tAbCdEfGhIjKlMnOpQr secret 0123456789abcdefghijABCDEFGHIJ' })] }));
    assert.doesNotMatch(markdown, /LTAI5tAbCdEfGhIjKlMnOpQr/);
  });

  it('keeps line breaks as Markdown hard breaks', () => {
    assert.match(render(aTicket({ messages: [aMessage('l', { body: 'one\ntwo' })] })), /one {2}\ntwo/);
  });

  it('shows reordering and invisible characters by name, so the export reads in the order it was sent', () => {
    assert.equal(escapeMarkdown('evil\u202etxt.exe\u200b'), 'evil⟨U+202E⟩txt.exe⟨U+200B⟩');
  });

  it('cannot be turned into links, HTML or headings by message text', () => {
    const escaped = escapeMarkdown('# [x](javascript:alert(1)) <img src=x onerror=alert(1)>');
    assert.equal(escaped, '\\# \\[x\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\>');
  });
});
