import * as vscode from 'vscode';
import { recognizeTicketIds, type RecognizedTicketId } from '../core/ticket-ids';
import { TICKET_ID_FORMATS } from '../providers';
import type { StoredAccount } from '../accounts/accountStore';
import { OUTSIDE_TEXT_LIMITS, outsideText } from '../shared/outsideText';
import { insideRegions, searchableRegions } from './commentRegions';
import { openByIdCommandUri } from './commandLinks';
import { hoverCard } from './hoverCard';
import type { LastReplies } from './lastReply';
import { linksEnabled } from './settings';
import type { TicketIdIndex } from './ticketIdIndex';

/** The first characters of a document that are searched; ids further down a huge file get no link. */
const MAX_SEARCHED_CHARACTERS = 2_000_000;
/** Owners listed in one hover card. */
const MAX_OWNERS_SHOWN = 3;

/**
 * Ticket ids in editors become links that open the ticket, with a hover card (the cache and the newest message). Which ids
 * count is the rule of src/core/ticket-ids.ts; in code only comments are searched (commentRegions.ts).
 */
export class TicketIdEditorLinks implements vscode.DocumentLinkProvider, vscode.HoverProvider {
  /**
   * Recognised ids per document object and version. Keyed by the object, not the URI: a closed untitled
   * document's URI comes back for the next one, with version 1 again.
   */
  private recent = new WeakMap<vscode.TextDocument, { version: number; found: readonly RecognizedTicketId[] }>();

  constructor(
    private readonly index: TicketIdIndex,
    private readonly account: (accountId: string) => StoredAccount | undefined,
    private readonly lastReplies: LastReplies,
  ) {}

  provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
    if (!linksEnabled('editors')) return [];
    return this.recognize(document).map((found) => {
      const link = new vscode.DocumentLink(rangeOf(document, found), openByIdCommandUri(found.id));
      link.tooltip = vscode.l10n.t('Open ticket {0}', outsideText(found.id, { maxLength: OUTSIDE_TEXT_LIMITS.label }));
      return link;
    });
  }

  /**
   * The hover card: each cached owner's title, status, account and last activity, and its newest message,
   * read through the owner's account (at most a few seconds; the card says when it could not be read).
   */
  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!linksEnabled('editors')) return undefined;
    const offset = document.offsetAt(position);
    const found = this.recognize(document).find((candidate) => candidate.start <= offset && offset <= candidate.end);
    if (!found) return undefined;
    const owners = this.index.owners(found.id);
    const shown = owners.slice(0, MAX_OWNERS_SHOWN);
    const abort = new AbortController();
    const cancelled = token.onCancellationRequested(() => abort.abort());
    try {
      const lastReplies = await Promise.all(shown.map((owner) => this.lastReplies.lookup(owner.accountId, found.id, { signal: abort.signal, activityAt: owner.summary.updatedAt })));
      if (token.isCancellationRequested) return undefined;
      const cards = shown.map((owner, i) => ({ owner, accountLabel: this.account(owner.accountId)?.label ?? owner.accountId, lastReply: lastReplies[i] }));
      return new vscode.Hover(hoverCard(found, cards, owners.length - shown.length), rangeOf(document, found));
    } finally {
      cancelled.dispose();
    }
  }

  /** The recognised ids of a document, recomputed only when its text changed. */
  private recognize(document: vscode.TextDocument): readonly RecognizedTicketId[] {
    const recent = this.recent.get(document);
    if (recent && recent.version === document.version) return recent.found;
    const text = document.getText();
    const searched = text.length > MAX_SEARCHED_CHARACTERS ? text.slice(0, MAX_SEARCHED_CHARACTERS) : text;
    // A token cut by the limit is not an id.
    const all = recognizeTicketIds(searched, { formats: TICKET_ID_FORMATS, isKnown: (id) => this.index.has(id) }).filter((found) => searched === text || found.end < searched.length);
    const found = insideRegions(all, searchableRegions(searched, document.languageId));
    this.recent.set(document, { version: document.version, found });
    return found;
  }

  /** The cache changed: known ids may differ, so recompute on the next request. */
  forgetRecognized(): void {
    this.recent = new WeakMap();
  }
}

function rangeOf(document: vscode.TextDocument, found: RecognizedTicketId): vscode.Range {
  return new vscode.Range(document.positionAt(found.start), document.positionAt(found.end));
}
