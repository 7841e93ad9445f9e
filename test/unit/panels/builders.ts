// Typed builders for ticket-panel unit tests: a loaded ticket with sensible defaults, overridable per test.
import type { Capabilities } from '../../../src/core/capabilities';
import type { Message, TicketDetail } from '../../../src/core/ticket';
import type { MarkdownLabels } from '../../../src/panels/ticketPanelMarkdown';
import type { LoadedTicket } from '../../../src/panels/ticketPanelView';
import { READ_ONLY_CAPABILITIES } from '../../support/capabilities';

export const CAPABILITIES: Capabilities = {
  ...READ_ONLY_CAPABILITIES,
  canCreate: true,
  canReply: true,
  canClose: true,
  canReopen: true,
  canRate: true,
  secretReply: true,
  attachments: true,
  maxAttachmentBytes: 20 * 1024 * 1024,
  maxAttachmentsPerMessage: 3,
  rating: { minScore: 1, maxScore: 5, solvedFlag: true, comment: true },
  listFilters: { keyword: true, statusGroups: true, createdRange: true, ids: true },
  maxReplyLength: 10_000,
};

export function aMessage(id: string, overrides: Partial<Message> = {}): Message {
  return { id, author: { role: 'support', name: 'Agent' }, displayType: 'normal', body: `body ${id}`, createdAt: Date.UTC(2026, 8, 1), attachments: [], secret: false, ...overrides };
}

export function aTicket(overrides: { detail?: Partial<TicketDetail>; messages?: Message[]; capabilities?: Partial<Capabilities>; hasEarlier?: boolean } = {}): LoadedTicket {
  return {
    detail: {
      id: 'T1',
      title: 'Backup failed',
      description: 'desc',
      status: { group: 'in-progress', code: '2', label: 'Dealing', known: true },
      ...overrides.detail,
    },
    messages: overrides.messages ?? [aMessage('m1'), aMessage('m2')],
    capabilities: { ...CAPABILITIES, ...overrides.capabilities },
    providerName: 'Test Cloud',
    accountLabel: 'Work',
    ...(overrides.hasEarlier === undefined ? {} : { hasEarlier: overrides.hasEarlier }),
  };
}

/** The export's labels in English, as the host passes them. */
export const MARKDOWN_LABELS: MarkdownLabels = {
  ticket: 'Ticket ID',
  status: 'Status',
  severity: 'Severity',
  product: 'Product',
  category: 'Category',
  created: 'Created',
  provider: 'Account',
  customer: 'You',
  support: 'Support',
  system: 'System',
  confidentialOmitted: 'Confidential message (not exported)',
  withdrawn: 'Withdrawn',
  attachments: 'Attachments',
};
