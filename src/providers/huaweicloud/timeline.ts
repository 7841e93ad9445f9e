/** The operation log (5.11.5) as ticket events and the related cases (5.12.3), for the ticket's timeline. */
import type { RelatedTicket, TicketEvent } from '../../core/ticket-timeline';
import type { OsmClient } from './client';
import { titleOf } from './mapping';
import { OPERATE_TYPES } from './status';
import type { OperateLogWire } from './wire/cases';
import { readTime } from './wire-readers';

/** Log entries per request (1–100) and the most pages read: a log longer than 500 entries shows its newest 500. */
const LOG_PAGE = 100;
const MAX_LOG_PAGES = 5;
const ZONED_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** `operate_time` (`yyyy-MM-dd HH:mm:ss` in the zone of `X-Time-Zone`) when the timestamp is missing. */
function zonedTimeMs(value: string | undefined, utcOffsetMinutes: number): number | undefined {
  const m = ZONED_TIME.exec(value ?? '');
  if (!m) return undefined;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) - utcOffsetMinutes * 60_000;
}

function eventOf(log: OperateLogWire, index: number, client: OsmClient): TicketEvent | undefined {
  const at = readTime(log.timestamp_operate_time)?.getTime() ?? zonedTimeMs(log.operate_time, client.utcOffsetMinutes);
  if (at === undefined) return undefined;
  const known = OPERATE_TYPES[log.operate_type];
  const text = (known ? (client.language === 'zh-cn' ? known.zh : known.en) : log.operate_desc?.trim()) || `#${log.operate_type}`;
  return { id: log.incident_log_id || `log-${index}`, at, text, ...(log.operator_name ? { actor: log.operator_name } : {}) };
}

/** The case's recorded operations, oldest first. */
export async function caseHistory(client: OsmClient, caseId: string, signal?: AbortSignal): Promise<TicketEvent[]> {
  const logs: OperateLogWire[] = [];
  for (let page = 0; page < MAX_LOG_PAGES; page++) {
    const { total, items } = await client.cases.operateLogs(caseId, page * LOG_PAGE, LOG_PAGE, signal);
    logs.push(...items.filter((log) => log));
    if (items.length === 0 || logs.length >= total) break;
  }
  const events = logs.flatMap((log, i) => eventOf(log, i, client) ?? []);
  const seen = new Set<string>();
  return events.filter((e) => !seen.has(e.id) && seen.add(e.id)).sort((a, b) => a.at - b.at);
}

/** The cases related to this one (at most 3). */
export async function relatedCases(client: OsmClient, caseId: string, signal?: AbortSignal): Promise<RelatedTicket[]> {
  return (await client.labels.relations(caseId, signal))
    .filter((r) => r?.case_id && r.case_id !== caseId)
    .map((r) => ({ id: r.case_id, title: titleOf(r.simple_description) || r.case_id, ...(r.user_name ? { filedBy: r.user_name } : {}) }));
}
