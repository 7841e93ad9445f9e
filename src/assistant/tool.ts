/**
 * The shape every assistant tool has: it reads its input and either answers (reads, drafts, a form that
 * is still incomplete) or returns a write plan: what the user has to confirm, and the one call that
 * writes. Adapters decide how the confirmation happens (VS Code's dialog, MCP's --allow-writes). vscode-free.
 */
import type { ToolDefinition } from './definitions';
import type { AssistantAccount, AssistantWorkspace } from './workspace';

export type WriteAction = 'reply' | 'create' | 'attach-diagnostics';

/** One labelled value of a confirmation (a form field and the value chosen). */
export interface ConfirmationField {
  /** An English form label (the host localises it). */
  readonly label: string;
  /** The value as the user will recognise it; outside text, the host neutralises it. */
  readonly value: string;
}

/** Everything the user must see before a write: which account, which ticket, which exact text. */
export interface Confirmation {
  readonly action: WriteAction;
  readonly account: AssistantAccount;
  /** English cloud name ("Alibaba Cloud"). */
  readonly providerName: string;
  readonly ticketId?: string;
  readonly ticketTitle?: string;
  /** The exact text that will be sent (after redaction). */
  readonly text?: string;
  readonly fields?: readonly ConfirmationField[];
  /** How many secrets were redacted from the text before it is shown and sent. */
  readonly redactedSecrets: number;
  /** Attachment (file name and size), for diagnostics. */
  readonly attachment?: { readonly fileName: string; readonly sizeBytes: number; readonly summary: readonly string[] };
}

export type ToolOutcome =
  | { readonly kind: 'answer'; readonly text: string; readonly isError?: boolean }
  | { readonly kind: 'write'; readonly confirmation: Confirmation; readonly execute: (signal?: AbortSignal) => Promise<ToolAnswer> };

export interface ToolAnswer {
  readonly text: string;
  readonly isError?: boolean;
}

export interface ToolContext {
  readonly workspace: AssistantWorkspace;
  readonly signal?: AbortSignal;
}

export interface AssistantTool {
  readonly definition: ToolDefinition;
  /** Reads the input and answers or plans the write; never writes itself. */
  prepare(input: unknown, context: ToolContext): Promise<ToolOutcome>;
}
