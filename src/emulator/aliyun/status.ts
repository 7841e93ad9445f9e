// Workorder ticket statuses and severities (spec §4.0, §5.4): digit ⇄ name, the labels the service
// returns (Chinese, as in every published sample), and the 2020 filter vocabulary.

export type StatusCode = 1 | 2 | 3 | 4 | 5 | 6;
export type SeverityCode = 1 | 2;

export const STATUS_NAMES: Readonly<Record<StatusCode, string>> = {
  1: 'assigned',
  2: 'dealing',
  3: 'wait_feedback',
  4: 'feedback',
  5: 'wait_confirm',
  6: 'confirmed',
};

export const STATUS_LABELS: Readonly<Record<StatusCode, string>> = {
  1: '待处理',
  2: '处理中',
  3: '待您反馈',
  4: '已反馈',
  5: '待您确认',
  6: '已完成',
};

export const SEVERITY_LABELS: Readonly<Record<SeverityCode, string>> = { 1: '一般问题', 2: '紧急问题' };

export const CLOSED: StatusCode = 6;

// Spellings seen in other doc revisions and SDK remarks (spec §4.0, pitfall 16).
const ALIASES: Readonly<Record<string, StatusCode>> = { 'wait-feedback': 3, handling: 2 };

/** A status given as digit ('1'–'6', 1–6) or name; undefined when unknown. */
export function parseStatus(value: string | number): StatusCode | undefined {
  const text = String(value).trim();
  if (/^[1-6]$/.test(text)) return Number(text) as StatusCode;
  for (const [code, name] of Object.entries(STATUS_NAMES)) if (name === text) return Number(code) as StatusCode;
  return ALIASES[text];
}

/** 2020 ListTickets TicketStatus item: documented groups or internal names (spec §5.4). */
export function parseStatusFilter2020(value: string): readonly StatusCode[] | undefined {
  switch (value.trim()) {
    case 'in_progress':
      return [1, 2, 4];
    case 'completed':
      return [6];
    default: {
      const single = parseStatus(value);
      return single === undefined ? undefined : [single];
    }
  }
}

export function statusObject(code: StatusCode): { Label: string; Value: string } {
  return { Label: STATUS_LABELS[code], Value: String(code) };
}

export function severityObject(code: SeverityCode): { Label: string; Value: string } {
  return { Label: SEVERITY_LABELS[code], Value: String(code) };
}
