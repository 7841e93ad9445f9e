/** Locale-aware formatting for the pages: dates, relative times, sizes and `{0}` templates. */

/** Fills `{0}`, `{1}` … in a localised template. */
export function fill(template: string, ...values: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? whole : String(value);
  });
}

export interface SizeUnits {
  readonly bytes: string;
  readonly kilobytes: string;
  readonly megabytes: string;
}

export function formatSize(bytes: number, units: SizeUnits): string {
  if (bytes < 1024) return fill(units.bytes, bytes);
  if (bytes < 1024 * 1024) return fill(units.kilobytes, (bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0));
  return fill(units.megabytes, (bytes / 1024 / 1024).toFixed(1));
}

const RELATIVE_STEPS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** Formats times in the page's locale; one instance per page, reused for every message (fast). */
export class TimeFormatter {
  private readonly absolute: Intl.DateTimeFormat;
  private readonly relative: Intl.RelativeTimeFormat;

  constructor(locale: string) {
    const safeLocale = supportedLocale(locale);
    this.absolute = new Intl.DateTimeFormat(safeLocale, { dateStyle: 'medium', timeStyle: 'short' });
    this.relative = new Intl.RelativeTimeFormat(safeLocale, { numeric: 'auto' });
  }

  /** Local date and time ("Sep 1, 2026, 09:00"). */
  local(epochMs: number): string {
    return this.absolute.format(epochMs);
  }

  /** Relative to now ("3 hours ago", "昨天"). */
  ago(epochMs: number, now = Date.now()): string {
    let value = (epochMs - now) / 1000;
    for (const [unit, size] of RELATIVE_STEPS) {
      if (Math.abs(value) < size) return this.relative.format(Math.round(value), unit);
      value /= size;
    }
    return this.local(epochMs);
  }
}

function supportedLocale(locale: string): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 ? locale : 'en';
  } catch {
    return 'en';
  }
}
