/**
 * The one way to reach an optional `TicketProvider` operation: its capability decides, never a test
 * of whether the provider object happens to have the member.
 */
import type { Capabilities } from './capabilities';
import { TicketError, unsupportedOperation } from './errors';
import type { TicketProvider } from './provider';

/** Capability flags that are plain yes/no answers. */
type CapabilityFlag = { [K in keyof Capabilities]-?: Capabilities[K] extends boolean ? K : never }[keyof Capabilities];

/** Names of the contract's optional methods. */
export type OptionalOperation = {
  [K in keyof TicketProvider]-?: undefined extends TicketProvider[K] ? (NonNullable<TicketProvider[K]> extends (...args: never[]) => unknown ? K : never) : never;
}[keyof TicketProvider];

/** An optional operation, bound to its provider. */
export type ProviderOperation<K extends OptionalOperation> = NonNullable<TicketProvider[K]>;

/** Each optional operation and the capability flag that gates it: on ⇔ offered. */
export const OPERATION_GATES: { readonly [K in OptionalOperation]: CapabilityFlag } = {
  cursorForPage: 'randomAccessPaging',
  reopen: 'canReopen',
  rate: 'canRate',
  urge: 'canUrge',
  cancel: 'canCancel',
  withdrawMessage: 'withdraw',
  deleteTicket: 'canDelete',
  listLabels: 'labels',
  createLabel: 'labels',
  ticketLabels: 'labels',
  addTicketLabels: 'labels',
  removeTicketLabels: 'labels',
  ticketContact: 'editContact',
  updateTicketContact: 'editContact',
  contactVerificationState: 'contactVerification',
  sendVerificationCode: 'contactVerification',
  verifyContact: 'contactVerification',
  checkFiling: 'filingChecks',
  loadDependentFields: 'dependentFields',
  uploadAttachment: 'attachments',
  attachmentLimits: 'publishedAttachmentLimits',
  ratingForm: 'canRate',
  listLatestMessages: 'earlierMessages',
  listEarlierMessages: 'earlierMessages',
  paramRequest: 'paramRequests',
  answerParamRequest: 'paramRequests',
  listAuthorizations: 'authorizations',
  grantAuthorization: 'authorizations',
  refuseAuthorization: 'authorizations',
  revokeAuthorization: 'authorizations',
  listRelatedTickets: 'relatedTickets',
  listTicketHistory: 'ticketHistory',
};

/** Every optional operation, in declaration order. */
export const OPTIONAL_OPERATIONS = Object.keys(OPERATION_GATES) as readonly OptionalOperation[];

/** True when the provider's capabilities offer the operation (what the UI renders from). */
export function offersOperation(provider: Pick<TicketProvider, 'capabilities'>, operation: OptionalOperation): boolean {
  return provider.capabilities[OPERATION_GATES[operation]];
}

/**
 * The operation bound to the provider, or undefined when its capability is off. Throws when the
 * capability is on but the provider lacks the operation: that provider breaks the contract.
 */
export function operationIfOffered<K extends OptionalOperation>(provider: TicketProvider, operation: K): ProviderOperation<K> | undefined {
  if (!offersOperation(provider, operation)) return undefined;
  const method: unknown = provider[operation];
  if (typeof method !== 'function') {
    // A programming error in the provider, not a condition of the account: no TicketError kind fits.
    throw new Error(`${provider.displayName} says it offers ${operation} but does not implement it. Report this problem to the extension's authors.`);
  }
  return method.bind(provider) as ProviderOperation<K>;
}

/**
 * The operation bound to the provider; throws `invalid-input` (code `Unsupported`) naming the provider
 * when its capability is off. `unsupportedMessage` replaces the English sentence (hosts pass a
 * translated one).
 */
export function requireOperation<K extends OptionalOperation>(provider: TicketProvider, operation: K, unsupportedMessage?: string): ProviderOperation<K> {
  const bound = operationIfOffered(provider, operation);
  if (bound) return bound;
  if (unsupportedMessage === undefined) throw unsupportedOperation(provider.displayName, operation);
  throw new TicketError({ kind: 'invalid-input', code: 'Unsupported', operation, message: unsupportedMessage });
}

/**
 * Where a provider breaks the contract: optional operations offered without their capability, or a
 * capability on without its operation (and `canRate` without a rating shape). Empty when it holds.
 */
export function contractViolations(provider: TicketProvider): string[] {
  const violations: string[] = [];
  for (const operation of OPTIONAL_OPERATIONS) {
    const present = typeof provider[operation] === 'function';
    const gate = OPERATION_GATES[operation];
    if (present && !offersOperation(provider, operation)) violations.push(`${operation} is present but capabilities.${gate} is off`);
    if (!present && offersOperation(provider, operation)) violations.push(`capabilities.${gate} is on but ${operation} is missing`);
  }
  if (provider.capabilities.canRate !== (provider.capabilities.rating !== undefined)) violations.push('capabilities.rating must be present exactly when canRate is on');
  return violations;
}
