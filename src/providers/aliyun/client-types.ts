/** The narrow calling interface the action modules need; `AliyunClient` implements it. */
import type { WorkorderRequestModel, WorkorderVersion } from './rpc-params';
import type { AliyunResult } from './wire-types';

/** One API action and whether it changes state (reads may be retried; writes never are). */
export interface ActionSpec {
  readonly action: string;
  readonly version: WorkorderVersion;
  readonly intent: 'read' | 'write';
}

export interface AliyunCaller {
  /**
   * Sends one action with an SDK-style camelCase request model (encoded per spec §3 by rpc-params);
   * resolves with the success envelope or throws `TicketError`.
   */
  call(spec: ActionSpec, request: WorkorderRequestModel, signal?: AbortSignal): Promise<AliyunResult>;
}
