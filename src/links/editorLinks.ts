import * as vscode from 'vscode';
import { recognizeTicketIds, type RecognizedTicketId } from '../core/ticket-ids';
import { TICKET_ID_FORMATS } from '../providers';
import type { StoredAccount } from '../accounts/accountStore';
import { OUTSIDE_TEXT_LIMITS, outsideMarkdown, outsideText, ownText, type SafeText } from '../shared/outsideText';
import { cloudNames } from './cloudNames';
import { insideRegions, searchableRegions } from './commentRegions';
import { OPEN_BY_ID_COMMAND, openByIdCommandLink, openByIdCommandUri } from './commandLinks';
import { linksEnabled } from './settings';
import type { CachedTicket, TicketIdIndex } from './ticketIdIndex';

/** Documents where ids are looked for: files, unsaved files, remote files and the commit message box. */
export const TICKET_LINK_SELECTOR: vscode.DocumentSelector = [
  { scheme: 'file' },
  { scheme: 'untitled' },
  { scheme: 'vscode-remote' },
  { scheme: 'vscode-scm' },
  { language: 'scminput' },
  { language: 'git-commit' },
];

/** The first characters of a document that are searched; ids further down a huge file get no link. */
const MAX_SEARCHED_CHARACTERS = 2_000_000;
/** Owners listed in one hover card. */
const MAX_OWNERS_SHOWN = 3;

/**
 * Ticket ids in editors become links that open the ticket, with a hover card from the cache. Which ids
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
  ) {}

  provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
    if (!linksEnabled('editors')) return [];
    return this.recognize(document).map((found) => {
      const link = new vscode.DocumentLink(rangeOf(document, found), openByIdCommandUri(found.id));
      link.tooltip = vscode.l10n.t('Open ticket {0}', outsideText(found.id, { maxLength: OUTSIDE_TEXT_LIMITS.label }));
      return link;
    });
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!linksEnabled('editors')) return undefined;
    const offset = document.offsetAt(position);
    const found = this.recognize(document).find((candidate) => candidate.start <= offset && offset <= candidate.end);
    if (!found) return undefined;
    return new vscode.Hover(this.card(found), rangeOf(document, found));
  }

  /** The hover card: title, status, account and last activity of each cached owner, and our own open link. */
  private card(found: RecognizedTicketId): vscode.MarkdownString {
    const markdown = new vscode.MarkdownString('', false);
    // Only our own command runs from this card; outside text in it is escaped and cannot form a link anyway.
    markdown.isTrusted = { enabledCommands: [OPEN_BY_ID_COMMAND] };
    markdown.supportHtml = false;
    const id = outsideMarkdown(found.id, { maxLength: OUTSIDE_TEXT_LIMITS.label });
    const owners = this.index.owners(found.id);
    if (owners.length === 0) {
      markdown.appendMarkdown(ownText(vscode.l10n.t('**Ticket {0}** ({1})', id, outsideMarkdown(cloudNames(found.providerIds)))));
      markdown.appendMarkdown('\n\n');
      markdown.appendMarkdown(ownText(vscode.l10n.t('Not in the ticket list yet; opening it looks for it in your accounts.')));
    }
    for (const owner of owners.slice(0, MAX_OWNERS_SHOWN)) this.appendOwner(markdown, owner);
    if (owners.length > MAX_OWNERS_SHOWN) markdown.appendMarkdown(ownText(vscode.l10n.t('And {0} more accounts.', owners.length - MAX_OWNERS_SHOWN)));
    markdown.appendMarkdown('\n\n');
    markdown.appendMarkdown(openByIdCommandLink(ownText(vscode.l10n.t('Open ticket {0}', id)), found.id));
    return markdown;
  }

  private appendOwner(markdown: vscode.MarkdownString, owner: CachedTicket): void {
    const { summary } = owner;
    const accountLabel = this.account(owner.accountId)?.label ?? owner.accountId;
    markdown.appendMarkdown(`**${outsideMarkdown(summary.title || summary.id, { maxLength: OUTSIDE_TEXT_LIMITS.label })}**`);
    markdown.appendMarkdown('\n\n');
    const facts: SafeText[] = [
      ownText(vscode.l10n.t('Status: {0}', outsideMarkdown(summary.status.label, { maxLength: OUTSIDE_TEXT_LIMITS.label }))),
      ownText(vscode.l10n.t('Account: {0}', outsideMarkdown(accountLabel, { maxLength: OUTSIDE_TEXT_LIMITS.label }))),
    ];
    const lastActivity = summary.updatedAt ?? summary.createdAt;
    if (lastActivity !== undefined) facts.push(ownText(vscode.l10n.t('Last activity: {0}', formatTime(lastActivity))));
    if (summary.unreadCount) facts.push(ownText(vscode.l10n.t('{0} unread replies', summary.unreadCount)));
    markdown.appendMarkdown(facts.join(' · '));
    markdown.appendMarkdown('\n\n');
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

function formatTime(epochMs: number): SafeText {
  return ownText(new Date(epochMs).toLocaleString(vscode.env.language, { dateStyle: 'medium', timeStyle: 'short' }));
}
