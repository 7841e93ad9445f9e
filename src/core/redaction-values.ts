// Judging whether a value found next to a secret-sounding name is a real secret or a placeholder,
// a status word, or code. Kept apart so the detectors read as "where", and this file as "what".

const PLACEHOLDER = /^(?:\*+|x{3,}|X{3,}|•+|\.{3}|…|-+|_+|\?+|null|nil|none|undefined|true|false|yes|no|on|off|empty|n\/a|redacted|hidden|masked|string|required|optional)$/i;

// Words that follow "password:" in messages rather than in configuration ("password: not required",
// "password: too short").
const STATUS_WORDS = new Set([
  'invalid', 'incorrect', 'required', 'expired', 'missing', 'wrong', 'set', 'unset', 'changed', 'reset', 'ok', 'failed',
  'error', 'optional', 'updated', 'ignored', 'protected', 'mismatch', 'accepted', 'rejected', 'weak', 'strong', 'provided',
  'not', 'too', 'is', 'was', 'must', 'should', 'cannot', 'can', 'will', 'has', 'have', 'for', 'of', 'length', 'policy',
]);

/** True for values that stand for a secret rather than being one: `***`, `<token>`, `${VAR}`, `[REDACTED:…]`. */
export function isPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '' || PLACEHOLDER.test(trimmed)) return true;
  if (trimmed.startsWith('[REDACTED')) return true;
  if (/^<[^<>]*>$/.test(trimmed)) return true;
  if (/^\$\{[^}]*\}$|^\$\{\{.*\}\}$|^\{\{.*\}\}$|^%\(?\w*\)?s$|^%[A-Z_]+%$|^\$[A-Z_][A-Z0-9_]*$/.test(trimmed)) return true;
  return false;
}

/**
 * True for unquoted values that are program text (`os.environ["X"]`, `getToken()`, `config.token`).
 * `loose` also treats any letters-only dotted chain (`key.publicKey`) as code; passwords do not get
 * that benefit of the doubt, since "Summer.Holiday" is a plausible password.
 */
export function isCodeReference(value: string, loose = false): boolean {
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\s*[([]/.test(value)) return true;
  if (loose && /^[A-Za-z_$]+(?:\.[A-Za-z_$]+)+(?![\w$.])/.test(value)) return true;
  return /^(?:self|this|os|process|config|settings|env|args|opts|options|params|props|req|request|ctx|context|secrets|vars)\.[\w$.]+(?![\w$.])/.test(value);
}

/** A password value: anything except placeholders and status words. */
export function isPlausiblePassword(value: string): boolean {
  const trimmed = value.trim();
  return !isPlaceholder(trimmed) && !STATUS_WORDS.has(trimmed.toLowerCase());
}

/** A token/key value: long enough and varied enough to be generated, not a word or a phrase. */
export function isPlausibleToken(value: string, minimumLength = 8): boolean {
  const trimmed = value.trim();
  if (trimmed.length < minimumLength || isPlaceholder(trimmed) || /\s/.test(trimmed)) return false;
  if (/^[a-z]+(?:[-_.][a-z]+)*$/.test(trimmed)) return false;
  if (/^\d+$/.test(trimmed)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(trimmed)).length;
  return classes >= 2 || trimmed.length >= 24;
}

/** Alibaba Cloud AccessKey id: `LTAI…` for long-term keys, `STS.…` for temporary ones. */
export const ALIYUN_KEY_ID = /^(?:LTAI[A-Za-z0-9]{12,28}|STS\.[A-Za-z0-9]{16,40})$/;

/** Huawei Cloud AK: 20 upper-case letters and digits (with at least one of each, to skip words). */
export function isHuaweiAccessKeyId(value: string): boolean {
  // AWS key ids have the same shape; their prefixes tell them apart.
  if (/^(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)/.test(value)) return false;
  return /^[A-Z0-9]{20}$/.test(value) && /[A-Z]/.test(value) && /\d/.test(value);
}

/** A random-looking alphanumeric string of an exact length (secrets of both clouds). */
export function isMixedAlnum(value: string, length: number): boolean {
  return value.length === length && /^[A-Za-z0-9]+$/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value);
}
