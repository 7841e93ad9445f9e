import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import * as vscode from 'vscode';
import type { Message } from '../core/ticket';
import type { HostServices, TicketTarget } from '../services/services';
import { outsideFileName } from '../shared/outsideText';
import { downloadTo, remoteSize } from './attachmentDownload';
import { MAX_PREVIEW_BYTES, previewable } from './ticketPanelAttachmentKinds';
import type { AttachmentExtras, AttachmentExtrasLookup } from './ticketPanelView';

/** Attachments looked at per load; a conversation with hundreds of files does not fire hundreds of requests at once. */
const MAX_LOOKUPS_PER_LOAD = 30;

/** Where the panels keep the pictures they show inline: a webview resource root of the ticket panels. */
export function previewsRoot(services: HostServices): vscode.Uri {
  return vscode.Uri.joinPath(services.globalStorageUri, 'previews');
}

interface Known extends AttachmentExtras {
  readonly settled: boolean;
}

/**
 * Sizes and inline pictures of a ticket's attachments, learned by the host: a picture under the cap is
 * downloaded (streamed, with the cap) into the extension's storage and shown through `asWebviewUri`, never
 * by a remote URL in the page; the size of any other file comes from its download's headers. Each
 * attachment is looked at once per panel; `onChange` fires when something was learned.
 */
export class TicketPanelPreviews {
  private readonly known = new Map<string, Known>();
  private running: Promise<void> | undefined;
  private readonly folder: vscode.Uri;

  constructor(
    private readonly services: HostServices,
    target: TicketTarget,
    private readonly webview: vscode.Webview,
    private readonly onChange: () => void,
  ) {
    const key = createHash('sha256').update(`${target.accountId}\n${target.ticketId}`).digest('hex').slice(0, 24);
    this.folder = vscode.Uri.joinPath(previewsRoot(services), key);
  }

  /** What is known of the attachment at `index` of `messageId`. */
  readonly lookup: AttachmentExtrasLookup = (messageId, index) => this.known.get(this.keys.get(`${messageId}#${index}`) ?? '');
  /** Message position → the attachment's stable key (its id where it has one: links change with every load). */
  private keys = new Map<string, string>();

  /** Looks at the attachments not seen yet (in the background; one pass at a time). */
  update(messages: readonly Message[]): void {
    for (const message of messages) {
      message.attachments.forEach((attachment, index) => this.keys.set(`${message.id}#${index}`, attachment.id ?? attachment.url ?? `${message.id}#${index}`));
    }
    if (this.running) return;
    this.running = this.learn(messages).finally(() => (this.running = undefined));
  }

  private async learn(messages: readonly Message[]): Promise<void> {
    const todo = messages
      .flatMap((m) => m.attachments.map((a, index) => ({ a, key: this.keys.get(`${m.id}#${index}`) ?? '' })))
      .filter(({ a, key }) => a.url && !this.known.has(key))
      .slice(-MAX_LOOKUPS_PER_LOAD);
    let learned = false;
    for (const { a, key } of todo) {
      this.known.set(key, { settled: false });
      const url = a.url as string;
      const entry = previewable(a.name, a.sizeBytes) ? await this.picture(url, key, a.name) : { sizeBytes: a.sizeBytes ?? (await remoteSize(url)) };
      this.known.set(key, { ...entry, settled: true });
      learned ||= entry.sizeBytes !== undefined || entry.previewUri !== undefined;
    }
    if (learned) this.onChange();
  }

  private async picture(url: string, key: string, name: string): Promise<AttachmentExtras> {
    const hash = createHash('sha256').update(key).digest('hex').slice(0, 16);
    const file = vscode.Uri.joinPath(this.folder, `${hash}-${outsideFileName(name)}`);
    const token = new vscode.CancellationTokenSource();
    try {
      const sizeBytes = await downloadTo(url, file, token.token, MAX_PREVIEW_BYTES);
      return { sizeBytes, previewUri: this.webview.asWebviewUri(file).toString() };
    } catch (error) {
      // Too large for a preview, an expired link …: the file is still offered to open or save.
      this.services.log.info(`attachment preview skipped: ${error instanceof Error ? error.message : String(error)}`);
      return { sizeBytes: await remoteSize(url) };
    } finally {
      token.dispose();
    }
  }

  /** Removes the pictures of this panel (they are only a cache of what the cloud holds). */
  async dispose(): Promise<void> {
    await rm(this.folder.fsPath, { recursive: true, force: true }).catch(() => undefined);
  }
}
