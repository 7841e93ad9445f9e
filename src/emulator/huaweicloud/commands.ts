/**
 * Provider-specific control commands (`/__control/providers/huaweicloud/command/<name>`), the agent's
 * lifecycle moves plus quota tuning:
 *   accept {caseId, content?} · ask-feedback {caseId, content} · propose-solution {caseId, content}
 *   reply {caseId, content, displayType?} · request-extends-params {caseId, content, paramKeys}
 *   request-authorization {caseId, content} · complete {caseId} · set-quota {unUsed}
 *   set-privilege {privilege, restricted, granted} · verification-code {way: 0|1, value, areaCode?} → {code}
 *   set-site {site: 0|1}
 */
import type { OsmCaseLifecycle } from './lifecycle';
import type { MessageRecord } from './model';
import type { OsmEmulatorState } from './state';

const DISPLAY_TYPES: readonly MessageRecord['displayType'][] = ['NORMAL', 'QA_BOT', 'EXT_PARAM_REQUEST', 'AUTH'];

function field(args: Record<string, unknown>, name: string): string {
  const value = args[name];
  if (typeof value !== 'string' || value === '') throw new Error(`"${name}" must be a non-empty string`);
  return value;
}

export function runOsmCommand(state: OsmEmulatorState, lifecycle: OsmCaseLifecycle, name: string, rawArgs: unknown): unknown {
  const args = (typeof rawArgs === 'object' && rawArgs !== null ? rawArgs : {}) as Record<string, unknown>;
  switch (name) {
    case 'accept':
      return { messageId: lifecycle.accept(field(args, 'caseId'), typeof args.content === 'string' ? args.content : undefined) };
    case 'ask-feedback':
      return { messageId: lifecycle.askForFeedback(field(args, 'caseId'), field(args, 'content')) };
    case 'propose-solution':
      return { messageId: lifecycle.proposeSolution(field(args, 'caseId'), field(args, 'content')) };
    case 'reply': {
      const displayType = DISPLAY_TYPES.find((t) => t === args.displayType) ?? 'NORMAL';
      return { messageId: lifecycle.reply(field(args, 'caseId'), field(args, 'content'), { displayType }) };
    }
    case 'request-extends-params': {
      const keys = Array.isArray(args.paramKeys) ? args.paramKeys.filter((k): k is string => typeof k === 'string') : [];
      return { messageId: lifecycle.requestExtendsParams(field(args, 'caseId'), field(args, 'content'), keys) };
    }
    case 'request-authorization':
      return { messageId: lifecycle.requestAuthorization(field(args, 'caseId'), field(args, 'content')) };
    case 'complete':
      lifecycle.complete(field(args, 'caseId'));
      return {};
    case 'set-quota':
      if (typeof args.unUsed !== 'number') throw new Error('"unUsed" must be a number');
      state.quota.unUsed = args.unUsed;
      return { quota: state.quota };
    case 'set-privilege': {
      const privilege = args.privilege;
      if (privilege !== 'createCase' && privilege !== 'export' && privilege !== 'assumeCaseAll') throw new Error('"privilege" must be createCase, export or assumeCaseAll');
      state.privileges[privilege] = { restricted: args.restricted === true, granted: args.granted === true };
      return { privileges: state.privileges };
    }
    case 'set-site':
      if (args.site !== 0 && args.site !== 1) throw new Error('"site" must be 0 or 1');
      state.site = args.site;
      return { site: state.site };
    case 'verification-code': {
      const way = args.way === 1 ? 1 : 0;
      return { code: state.verification.lastCode({ way, value: field(args, 'value'), areaCode: typeof args.areaCode === 'string' ? args.areaCode : '86' }) ?? null };
    }
    default:
      throw new Error(`unknown huaweicloud command: ${name}`);
  }
}
