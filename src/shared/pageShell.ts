/**
 * The few sentences a panel page may need before the host's first answer brings its strings: a failed
 * first load with its Retry button, and the page's own transport failures. The host writes them into
 * the page's HTML in the display language, as JSON in an inert script element; the page reads them
 * before it sends anything.
 */
import type { IpcWording } from './ipc';

/** Id of the `<script type="application/json">` element that carries the strings. */
export const PAGE_SHELL_ELEMENT_ID = 'page-shell-strings';

export interface PageShellStrings {
  readonly retry: string;
  /** `{0}`: seconds waited. */
  readonly noAnswer: string;
  readonly closed: string;
  readonly unreachable: string;
}

/** The shell strings as JSON that is safe inside a script element (no `<` to end it early). */
export function pageShellJson(strings: PageShellStrings): string {
  return JSON.stringify(strings).replace(/</g, '\\u003c');
}

/** The page's transport failures worded with the shell strings. */
export function ipcWordingOf(strings: PageShellStrings): IpcWording {
  return {
    noAnswer: (seconds) => strings.noAnswer.replace('{0}', String(seconds)),
    closed: strings.closed,
    unreachable: strings.unreachable,
  };
}

/** Reads shell strings from parsed JSON; undefined unless every field is a string. */
export function parsePageShell(value: unknown): PageShellStrings | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const fields = ['retry', 'noAnswer', 'closed', 'unreachable'] as const;
  if (!fields.every((field) => typeof record[field] === 'string')) return undefined;
  return { retry: String(record.retry), noAnswer: String(record.noAnswer), closed: String(record.closed), unreachable: String(record.unreachable) };
}
