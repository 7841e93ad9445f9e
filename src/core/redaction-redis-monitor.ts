// Redis's MONITOR prints every command a server runs, its arguments quoted (`1773223532.036100 [0 10.0.4.31:40218] "HSET" "room:7"
// "maglock_pin" "…"`), and people paste it to show what an application writes. A hash's field names its value (`HSET key field
// value …`); a plain key names its value by its last part (`SET room:5:tablet:apikey …`).
import type { RedactionSpan } from './redaction';
import { pushIfSecret } from './redaction-assignments';
import { classifyKey } from './redaction-keys';
import type { RedactionProfile } from './redaction-profile';

// The line's time, database and client, then the command and its arguments.
const MONITOR_LINE = /^[ \t]*\d{9,10}\.\d{6}[ \t]+\[\d{1,5}[ \t]+[^\]\r\n]{1,80}\][ \t]+("[^\r\n]*)$/gm;
// One argument as MONITOR quotes it (`\"`, `\\` and `\xNN` escapes inside).
const ARGUMENT = /"((?:[^"\\\r\n]|\\.){0,8192})"/g;
const MAX_ARGUMENTS = 512;
// Commands that set a hash's fields (their arguments after the key go in pairs), and those that set one key's value, with the
// value's place among the arguments.
const HASH_COMMANDS = new Set(['HSET', 'HMSET', 'HSETNX']);
const VALUE_PLACE = new Map([
  ['SET', 1],
  ['SETNX', 1],
  ['GETSET', 1],
  ['SETEX', 2],
  ['PSETEX', 2],
]);

/** Spans of secret values in the commands a Redis MONITOR printed. */
export function findRedisMonitorSecrets(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  if (!text.includes('" "')) return spans;
  for (const line of text.matchAll(MONITOR_LINE)) {
    const argumentsStart = line.index + line[0].length - line[1].length;
    const parts = [...line[1].matchAll(ARGUMENT)].slice(0, MAX_ARGUMENTS).map((argument) => ({ value: argument[1], start: argumentsStart + argument.index + 1 }));
    const command = parts[0]?.value.toUpperCase() ?? '';
    const push = (name: string, part: { value: string; start: number } | undefined) => {
      const keyClass = classifyKey(name);
      if (keyClass && part && part.value.length > 0) pushIfSecret(spans, keyClass, text, part.start, part.start + part.value.length, profile);
    };
    if (HASH_COMMANDS.has(command)) {
      for (let field = 2; field + 1 < parts.length; field += 2) push(parts[field].value, parts[field + 1]);
    }
    const place = VALUE_PLACE.get(command);
    const key = parts[1]?.value;
    if (place !== undefined && key !== undefined) push(key.slice(key.lastIndexOf(':') + 1), parts[1 + place]);
  }
  return spans;
}
