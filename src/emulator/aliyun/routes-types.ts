// What an action handler receives and returns; shared by the route files of both versions.
import type { ProviderContext } from '../types';
import type { AuthenticatedCaller } from './auth';
import { AliyunRequestError, workorderErrors } from './errors';
import type { TicketLifecycle } from './lifecycle';
import type { ActionParams } from './params';
import type { StoredTicket, WorkorderStore } from './store';

export interface ActionCall {
  readonly params: ActionParams;
  readonly caller: AuthenticatedCaller;
  readonly store: WorkorderStore;
  readonly lifecycle: TicketLifecycle;
  readonly ctx: ProviderContext;
}

export interface ActionResult {
  readonly data?: unknown;
  /** Success `Code` (2021 uses 0 mostly, 200 for a few actions; 2020 uses 200). */
  readonly code?: number | string;
  readonly message?: string;
  /** Extra top-level fields (2021 paging). */
  readonly fields?: Readonly<Record<string, unknown>>;
}

export type ActionHandler = (call: ActionCall) => ActionResult;

/** The caller's account UID. */
export function callerUid(call: ActionCall): string {
  return call.caller.credential.accountId;
}

/** A `Uid` parameter naming another account is refused (401 illegal.auth). */
export function checkUidParameter(call: ActionCall): void {
  const uid = call.params.optional('Uid');
  if (uid !== undefined && uid !== '' && uid !== callerUid(call)) throw new AliyunRequestError(workorderErrors.notAuthorized);
}

/** The caller's ticket named by `TicketId`; unknown or foreign ids are "param illegal" (spec §11). */
export function ownedTicket(call: ActionCall): StoredTicket {
  const ticket = call.store.ownedTicket(callerUid(call), call.params.required('TicketId'));
  if (!ticket) throw call.params.illegal();
  return ticket;
}

/** Attachment ObjectKeys must have been uploaded by the caller. */
export function checkUploaded(call: ActionCall, keys: readonly string[]): void {
  for (const key of keys) if (!call.store.objects.isUploadedBy(key, callerUid(call))) throw call.params.illegal();
}

/** Display name of the customer in notes. */
export function customerName(call: ActionCall): string {
  return call.caller.credential.principalName ?? 'user';
}

/** Response language for catalogue names: `zh` (and the SDK's typo `cn`) → Chinese, else English. */
export function wantsChinese(language: string | undefined): boolean {
  return language === 'zh' || language === 'cn' || language === 'zh-CN';
}
