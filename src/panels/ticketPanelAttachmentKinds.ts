/**
 * The look of an attachment by its name (the page shows a codicon per kind) and whether the panel may
 * show it inline: raster pictures only (an SVG is a document that could carry script), under a size cap.
 * vscode-free, so the view builders stay unit-testable.
 */
import type { TicketAttachmentKindView } from '../shared/protocol/ticketExtras';

const KINDS: Readonly<Record<string, TicketAttachmentKindView>> = {
  ...Object.fromEntries(['png', 'jpg', 'jpeg', 'gif', 'bmp', 'webp', 'svg', 'ico', 'tif', 'tiff'].map((e) => [e, 'image'])),
  ...Object.fromEntries(['mp4', 'mov', 'avi', 'mkv', 'webm'].map((e) => [e, 'video'])),
  ...Object.fromEntries(['zip', 'rar', '7z', 'tar', 'gz', 'tgz', 'bz2', 'xz'].map((e) => [e, 'archive'])),
  pdf: 'pdf',
  ...Object.fromEntries(['txt', 'log', 'ini', 'conf', 'cfg', 'csv', 'md', 'out', 'err'].map((e) => [e, 'text'])),
  ...Object.fromEntries(['json', 'yaml', 'yml', 'xml', 'sh', 'ps1', 'py', 'js', 'ts', 'java', 'go', 'tf', 'sql', 'html'].map((e) => [e, 'code'])),
  ...Object.fromEntries(['doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'msg', 'eml', 'odt', 'ods'].map((e) => [e, 'document'])),
};

/** Pictures the webview may show inline: formats Chromium decodes as images without running anything. */
const INLINE_IMAGES = new Set(['png', 'jpg', 'jpeg', 'gif', 'bmp', 'webp']);

/** Largest picture fetched for an inline preview; bigger ones are opened or saved like any file. */
export const MAX_PREVIEW_BYTES = 5 * 1024 * 1024;

function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function attachmentKindOf(name: string): TicketAttachmentKindView {
  return KINDS[extensionOf(name)] ?? 'other';
}

/** True for a picture the panel shows inline (when its size, if known, is under the cap). */
export function previewable(name: string, sizeBytes?: number): boolean {
  return INLINE_IMAGES.has(extensionOf(name)) && (sizeBytes === undefined || sizeBytes <= MAX_PREVIEW_BYTES);
}
