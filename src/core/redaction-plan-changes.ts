// A Terraform plan prints an attribute it will change as `~ name = "old" -> "new"` (a map's key quoted, `~ "db_password" = …`):
// the assignment rules read the old value; the new one after the arrow is the same field's.
import type { RedactionSpan } from './redaction';
import { pushIfSecret } from './redaction-assignments';
import { classifyKey } from './redaction-keys';
import type { RedactionProfile } from './redaction-profile';

// (Only on an update's line, marked `~`: elsewhere an arrow maps one thing to another, `input="0185" -> "Enter driver PIN"`.)
const PLANNED_CHANGE = /^[ \t]*~[ \t]+"?([A-Za-z_][\w.-]{0,127})"?[ \t]*=[ \t]*(?:"[^"\r\n]*"|[^\s"]+)[ \t]+->[ \t]+"([^"\r\n]{1,1024})"/dgm;

/** Spans of new values in a Terraform plan's changes of secret attributes. */
export function findPlannedChanges(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  if (!text.includes('->')) return spans;
  for (const match of text.matchAll(PLANNED_CHANGE)) {
    const keyClass = classifyKey(match[1]);
    const [start, end] = match.indices?.[2] ?? [0, 0];
    if (keyClass) pushIfSecret(spans, keyClass, text, start, end, profile);
  }
  return spans;
}
