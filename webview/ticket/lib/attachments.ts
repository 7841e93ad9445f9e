// A message's attachments: a codicon per file type, the size once known, open and save through the
// host, and pictures inline. A picture is shown only from the webview's own resource origin (a file
// the host downloaded into its storage); any other address is refused, so no remote URL is loaded.
import type { TicketAttachmentKindView, TicketMessageView, TicketStrings } from '../../../src/shared/protocol/ticket';
import { button, h, type Child } from '../../shared/lib/dom';
import { fill, formatSize } from '../../shared/lib/format';
import { outsideAttribute, outsideElement } from '../../shared/lib/outside';

const ICONS: Readonly<Record<TicketAttachmentKindView, string>> = {
  image: 'file-media',
  video: 'device-camera-video',
  archive: 'file-zip',
  pdf: 'file-pdf',
  text: 'file-text',
  code: 'file-code',
  document: 'file',
  other: 'file-binary',
};

/** The origin the page's own files come from (its stylesheet's), the only one pictures may come from. */
function resourceOrigin(): string | undefined {
  const sheet = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')?.href;
  try {
    return sheet ? new URL(sheet).origin : undefined;
  } catch {
    return undefined;
  }
}

/** An <img> of a host-provided resource URI, or nothing when the URI is not from the page's resource origin. */
export function previewImage(uri: string, alt: string): HTMLImageElement | undefined {
  let origin: string;
  try {
    origin = new URL(uri).origin;
  } catch {
    return undefined;
  }
  if (origin === 'null' || origin !== resourceOrigin()) return undefined;
  const img = h('img', { className: 'attachment__preview', attrs: { alt, loading: 'lazy', decoding: 'async' } });
  // The one place a page element gets an address: checked above to be the page's own resource origin.
  img.src = uri;
  return img;
}

export function attachmentList(message: TicketMessageView, strings: TicketStrings): Child {
  if (message.attachments.length === 0) return null;
  const items = message.attachments.map((attachment, index) => {
    const size = attachment.sizeBytes === undefined ? strings.unknownSize : formatSize(attachment.sizeBytes, strings);
    const common = { 'data-message-id': message.id, 'data-index': index };
    const name = outsideAttribute(attachment.name, 200);
    const preview = attachment.previewUri ? previewImage(attachment.previewUri, fill(strings.preview, name)) : undefined;
    return h(
      'li',
      { className: `attachment attachment--${attachment.kind}`, attrs: { 'data-kind': attachment.kind } },
      h('span', { className: `codicon codicon-${ICONS[attachment.kind]} attachment__icon`, attrs: { 'aria-hidden': 'true' } }),
      outsideElement('span', attachment.name, { className: 'attachment__name', maxChars: 120 }),
      ' ',
      h('span', { className: 'muted attachment__size', text: `(${size})` }),
      attachment.available ? ' ' : null,
      attachment.available ? button(strings.open, { ...common, 'data-action': 'open', 'aria-label': `${strings.open}: ${name}` }, 'button-link') : null,
      attachment.available ? ' · ' : null,
      attachment.available ? button(strings.save, { ...common, 'data-action': 'save', 'aria-label': `${strings.save} ${name}` }, 'button-link') : null,
      preview ? h('div', { className: 'attachment__picture' }, preview) : null,
    );
  });
  return h('ul', { className: 'attachments', attrs: { 'aria-label': strings.attachmentsLabel } }, ...items);
}
