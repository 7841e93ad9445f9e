/**
 * The `<scheme>://cloud-tickets.cloud-tickets/ticket?account=…&id=…` link: built for "Copy Link" and read
 * back by the URI handler. A link comes from outside (a chat, a web page), so reading it accepts exactly
 * this path and these two parameters, each once and of the right shape, and nothing else. vscode-free.
 */
import { normalizeTicketId, providersMatchingId, type TicketIdFormat } from '../core/ticket-ids';
import { TICKET_ID_FORMATS } from '../providers';
import type { ProviderId } from '../core/account';

/** `publisher.name` from package.json (a unit test keeps them equal): the authority of our links. */
export const EXTENSION_ID = 'cloud-tickets.cloud-tickets';
export const TICKET_LINK_PATH = '/ticket';

/** Account ids are UUIDs from the account store; this admits those and nothing that needs escaping. */
const ACCOUNT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const MAX_QUERY_LENGTH = 512;
const ALLOWED_KEYS = new Set(['account', 'id']);

export interface TicketLink {
  /** The account the link was copied from; another VS Code may not have it. */
  readonly accountId?: string;
  readonly ticketId: string;
  readonly providerIds: readonly ProviderId[];
}

/** Why a link is refused (the host turns it into a sentence). */
export type TicketLinkProblem = 'path' | 'too-long' | 'unknown-parameter' | 'repeated-parameter' | 'missing-id' | 'bad-id' | 'bad-account';

export type ParsedTicketLink = { readonly ok: true; readonly link: TicketLink } | { readonly ok: false; readonly problem: TicketLinkProblem };

/** The query of a link to this ticket. */
export function ticketLinkQuery(accountId: string, ticketId: string): string {
  return new URLSearchParams({ account: accountId, id: ticketId }).toString();
}

/** Reads an incoming link's path and (still encoded) query; refuses anything but our own shape. */
export function parseTicketLink(path: string, query: string, formats: readonly TicketIdFormat[] = TICKET_ID_FORMATS): ParsedTicketLink {
  if (path !== TICKET_LINK_PATH && path !== `${TICKET_LINK_PATH}/`) return { ok: false, problem: 'path' };
  if (query.length > MAX_QUERY_LENGTH) return { ok: false, problem: 'too-long' };
  const values = new Map<string, string>();
  for (const [key, value] of new URLSearchParams(query)) {
    if (!ALLOWED_KEYS.has(key)) return { ok: false, problem: 'unknown-parameter' };
    if (values.has(key)) return { ok: false, problem: 'repeated-parameter' };
    values.set(key, value);
  }
  const rawId = values.get('id');
  if (rawId === undefined || rawId === '') return { ok: false, problem: 'missing-id' };
  const ticketId = normalizeTicketId(rawId);
  const providerIds = providersMatchingId(ticketId, formats);
  if (rawId !== rawId.trim() || providerIds.length === 0) return { ok: false, problem: 'bad-id' };
  const accountId = values.get('account');
  if (accountId !== undefined && !ACCOUNT_ID.test(accountId)) return { ok: false, problem: 'bad-account' };
  return { ok: true, link: { ticketId, providerIds, ...(accountId !== undefined ? { accountId } : {}) } };
}
