/**
 * What the conformance suite needs to know about one provider flavour: how to build the provider the
 * way the extension does, the emulator's test account, and a read-out of the emulator's state in one
 * shape for every cloud. Everything else the tests learn through the contract itself.
 */
import type { Credentials } from '../../src/core/account';
import type { TicketProvider } from '../../src/core/provider';
import type { RetryPolicy } from '../../src/core/retry';
import type { StatusGroup } from '../../src/core/status';
import type { EmulatorControl } from '../../src/emulator';

/** Client settings every conformance provider gets: one attempt, so each error kind surfaces at once. */
export interface ClientSettings {
  readonly timeoutMs: number;
  readonly retryPolicy: RetryPolicy;
}

/** One message of a ticket as the server holds it. */
export interface ServerMessage {
  readonly id: string;
  readonly text: string;
  readonly fromSupport: boolean;
  /** Stored as confidential. */
  readonly secret: boolean;
  readonly withdrawn: boolean;
  readonly attachmentKeys: readonly string[];
  /** Whether the customer has yet to read it; undefined where the emulator keeps no read state. */
  readonly unread?: boolean;
}

/** One ticket as the server holds it. */
export interface ServerTicket {
  readonly id: string;
  /** Native status code, as the emulator stores it. */
  readonly status: string;
  readonly createdAt: number;
  readonly description: string;
  readonly messages: readonly ServerMessage[];
  /** Keys of every attachment bound to the ticket (on the ticket itself or on one of its messages). */
  readonly attachmentKeys: readonly string[];
  /** The stored rating score, when rated. */
  readonly rating?: number;
  /** Every stored score of the rating in the order of the rating form's dimensions, with the reason's text where one was given. */
  readonly ratingDetails?: readonly { readonly score: number; readonly reason?: string }[];
  readonly labels: readonly string[];
  /** Urges the server recorded; undefined where the cloud has no urging. */
  readonly urges?: number;
}

/** The emulator's state of the test account, read fresh on every call. */
export interface ServerView {
  /** The tickets the account sees (not those of other accounts, not deleted ones). */
  tickets(): ServerTicket[];
  ticket(id: string): ServerTicket;
}

export interface Flavour {
  /** Shown as the describe block ("aliyun 2021-06-10"): provider id, then API version where it has several. */
  readonly name: string;
  readonly providerId: string;
  readonly apiVersion?: string;
  /** Name of the emulator plugin serving it (control calls take it). */
  readonly emulatorProvider: string;
  /** The account owner's key pair in the emulator's built-in sample. */
  readonly credentials: Credentials;
  /** Contact details registered to the account (some clouds accept only these). */
  readonly contact: { readonly email: string; readonly phone: string };
  /** A ticket id in the cloud's format that no ticket has. */
  readonly unknownTicketId: string;
  readonly statuses: {
    /** Native status in which every customer action on an open ticket is allowed. */
    readonly open: string;
    /** Native finished status from which rating and reopening are allowed. */
    readonly completed: string;
    /** Native status waiting for the customer. */
    readonly needsAction: string;
    /** Every native status and its group, written out here, not read from the provider's own table. */
    readonly groups: Readonly<Record<string, StatusGroup>>;
  };
  /**
   * Values for form fields whose format the schema does not carry (a number, a pattern), by field
   * id; every other field is filled from the schema alone.
   */
  readonly fieldHints: Readonly<Record<string, string>>;
  /** Builds the provider through the factory the extension uses. */
  createProvider(endpoint: string, credentials: Credentials, settings: ClientSettings): TicketProvider;
  server(control: EmulatorControl): ServerView;
}
