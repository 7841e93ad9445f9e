// Every way of writing a secret crossed with every name it goes by: 42 syntaxes (env files, YAML, JSON,
// XML, code, command lines, logs, tables, chat and prose in English and Chinese) × 24 field names × six
// value shapes, and the same grid with values that are no secret (placeholders, references, hashes,
// prose). A rule that only knows the shapes of the corpus it was tuned on fails here, where the pairs are
// systematic rather than collected. Values come from a seeded generator, so a failure repeats.
import * as assert from 'node:assert/strict';
import { redactSecrets } from '../../../src/core/redaction';
import { REDACTION_PROFILE } from '../../../src/providers';
import { SeededRandom } from '../faults/prng';

const seededRandom = new SeededRandom(20261205);
const random = (): number => seededRandom.next();
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const DIGITS = '23456789';
const pick = (alphabet: string, length: number): string => Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
/** Letters with two digits at random places: a generated value, never a word. */
const withDigits = (length: number): string => {
  const chars = [...pick(LETTERS, length - 2), ...pick(DIGITS, 2)];
  for (let i = chars.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
};

const SECRET_VALUES: Record<string, () => string> = {
  'letters and digits': () => withDigits(16),
  'with symbols': () => `${withDigits(6)}#${pick(LETTERS, 3)}!${pick(DIGITS, 2)}`,
  hex: () => pick('0123456789abcdef', 32),
  base64: () => `${withDigits(12)}/${withDigits(14)}+${withDigits(12)}`,
  'base64 from a slash': () => `/${withDigits(19)}/${withDigits(20)}`,
  'word and year': () => `Harbour${pick(DIGITS, 4)}@${pick(LETTERS, 3)}`,
};

const NOT_SECRETS: readonly string[] = [
  '<your-password>',
  '${DB_PASSWORD}',
  'your_password_here',
  '******',
  'REDACTED',
  'null',
  '/run/secrets/db_password',
  'vault:secret/data/app#password',
  'ENC(AbCdEf1234567890)',
  '{{ .Values.password }}',
  'must be at least 12 characters',
  '已修改',
  '见密码管理器',
  'stored in KMS',
  'required',
  '$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW',
  'true',
  '12',
];

const LATIN_NAMES = [
  'password',
  'passwd',
  'pwd',
  'db_password',
  'DB_PASS',
  'adminPassword',
  'secret',
  'client_secret',
  'secret_key',
  'api_key',
  'apiKey',
  'token',
  'auth_token',
  'access_token',
  'AccessKeySecret',
  'access_key_secret',
  'private_token',
  'passphrase',
  'Password',
  'root password',
  'app secret',
];
const CHINESE_NAMES = ['密码', '口令', '密钥'];

interface Syntax {
  readonly write: (name: string, value: string) => string;
  /** Whether people write Chinese names this way (a JSON key, a table cell; not a Go identifier). */
  readonly chinese: boolean;
}

const joined = (name: string, glue: string) => name.replace(/ /g, glue);
const SYNTAXES: Record<string, Syntax> = {
  'an env file': { write: (k, v) => `${joined(k, '_').toUpperCase()}=${v}`, chinese: false },
  'a shell export': { write: (k, v) => `export ${joined(k, '_').toUpperCase()}="${v}"`, chinese: false },
  YAML: { write: (k, v) => `  ${k}: ${v}`, chinese: true },
  'quoted YAML': { write: (k, v) => `  ${k}: '${v}'`, chinese: true },
  'a YAML block scalar': { write: (k, v) => `${k}: |\n  ${v}`, chinese: true },
  JSON: { write: (k, v) => `{"${k}": "${v}"}`, chinese: true },
  'spaced JSON': { write: (k, v) => `  "${k}" : "${v}",`, chinese: true },
  TOML: { write: (k, v) => `${joined(k, '_')} = "${v}"`, chinese: false },
  'an INI file': { write: (k, v) => `${k}=${v}`, chinese: true },
  HCL: { write: (k, v) => `  ${joined(k, '_')} = "${v}"`, chinese: false },
  'an XML element': { write: (k, v) => `<${joined(k, '')}>${v}</${joined(k, '')}>`, chinese: true },
  'an XML key and value': { write: (k, v) => `<add key="${k}" value="${v}"/>`, chinese: true },
  'a long command-line option': { write: (k, v) => `tool --${joined(k, '-')} ${v}`, chinese: false },
  'a long option with =': { write: (k, v) => `tool --${joined(k, '-')}=${v}`, chinese: false },
  'a quoted option': { write: (k, v) => `myctl login --${joined(k, '-')} '${v}'`, chinese: false },
  'a PHP array': { write: (k, v) => `'${k}' => '${v}',`, chinese: true },
  Python: { write: (k, v) => `${joined(k, '_')} = "${v}"`, chinese: false },
  Ruby: { write: (k, v) => `  ${joined(k, '_')}: "${v}",`, chinese: false },
  'Ruby symbols': { write: (k, v) => `  :${joined(k, '_')} => "${v}",`, chinese: false },
  Go: { write: (k, v) => `cfg.${joined(k, '')} = "${v}"`, chinese: false },
  'Go := ': { write: (k, v) => `${joined(k, '')} := "${v}"`, chinese: false },
  'Java properties calls': { write: (k, v) => `props.setProperty("${k}", "${v}");`, chinese: true },
  PowerShell: { write: (k, v) => `$env:${joined(k, '_')} = "${v}"`, chinese: false },
  fish: { write: (k, v) => `set -x ${joined(k, '_').toUpperCase()} ${v}`, chinese: false },
  'a compose environment list': { write: (k, v) => `      - ${joined(k, '_').toUpperCase()}=${v}`, chinese: false },
  'kubectl --from-literal': { write: (k, v) => `kubectl create secret generic app --from-literal=${joined(k, '_')}=${v}`, chinese: false },
  'a query string': { write: (k, v) => `GET /api/v1/items?page=2&${joined(k, '_')}=${v}&size=10`, chinese: false },
  'a log line': { write: (k, v) => `2026-12-01 10:00:01 INFO login ok user=ops ${joined(k, '_')}=${v} ip=10.0.0.8`, chinese: true },
  'an HTTP header': { write: (k, v) => `X-${k.replace(/[ _]/g, '-')}: ${v}`, chinese: false },
  'a curl header': { write: (k, v) => `curl -H "${k}: ${v}" https://api.example.net`, chinese: false },
  'an nginx-like directive': { write: (k, v) => `    ${joined(k, '_')} ${v};`, chinese: false },
  'a colon': { write: (k, v) => `${k}: ${v}`, chinese: true },
  'a full-width colon': { write: (k, v) => `${k}：${v}`, chinese: true },
  'a spaced full-width colon': { write: (k, v) => `${k} ： ${v}`, chinese: true },
  'the value on the next line': { write: (k, v) => `${k}:\n${v}`, chinese: true },
  'English prose': { write: (k, v) => `The ${k} is ${v} for now.`, chinese: false },
  'Chinese prose': { write: (k, v) => `${k}是 ${v}，请保管好`, chinese: true },
  'a Markdown row': { write: (k, v) => `| ${k} | ${v} |`, chinese: true },
  'a Markdown table': { write: (k, v) => `| 项目 | 值 |\n|---|---|\n| ${k} | ${v} |`, chinese: true },
  'a wide Markdown table': { write: (k, v) => `| host | user | ${k} |\n|---|---|---|\n| 10.0.0.8 | root | ${v} |`, chinese: true },
  'a CSV export': { write: (k, v) => `host,user,${k}\n10.0.0.8,root,${v}`, chinese: true },
  SQL: { write: (_k, v) => `ALTER USER app IDENTIFIED BY '${v}';`, chinese: false },
};

function namesOf(syntax: Syntax): string[] {
  return syntax.chinese ? [...LATIN_NAMES, ...CHINESE_NAMES] : LATIN_NAMES;
}

describe('redaction across every syntax and field name (a seeded grid)', () => {
  for (const [title, syntax] of Object.entries(SYNTAXES)) {
    it(`finds every secret written as ${title}`, () => {
      const missed: string[] = [];
      for (const name of namesOf(syntax)) {
        for (const make of Object.values(SECRET_VALUES)) {
          const value = make();
          const text = syntax.write(name, value);
          const at = text.indexOf(value);
          const found = redactSecrets(text, REDACTION_PROFILE).findings.some((finding) => finding.start <= at && finding.end >= at + value.length);
          if (!found) missed.push(text);
        }
      }
      assert.deepEqual(missed, []);
    });
    it(`leaves values that are no secret alone when written as ${title}`, () => {
      const redacted: string[] = [];
      for (const name of namesOf(syntax)) {
        for (const value of NOT_SECRETS) {
          const text = syntax.write(name, value);
          const findings = redactSecrets(text, REDACTION_PROFILE).findings;
          if (findings.length > 0) redacted.push(`${text} → ${findings.map((finding) => text.slice(finding.start, finding.end)).join(', ')}`);
        }
      }
      assert.deepEqual(redacted, []);
    });
  }
});
