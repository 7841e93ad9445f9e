// A value written as code's literal where a setting is assigned: the literal a decoding call decodes, the default after an
// environment look-up. Read by redaction-assignments.ts.
import { endOfLine, isCodeReference } from './redaction-values';

// A literal decoded where it is assigned by a call of Python, Node or Go (`bytes.fromhex('…')`, `Buffer.from('…', 'hex')`).
const DECODED_LITERAL =
  /^(?:bytes\.fromhex|(?:base64\.)?(?:b64decode|urlsafe_b64decode|b32decode)|(?:binascii\.)?unhexlify|Buffer\.from|hex\.DecodeString|base64\.StdEncoding\.DecodeString)\([ \t]*b?(["'])([^"'\r\n]{8,})\1/;
/** The literal inside a decoding call (`DECODED_LITERAL`) that starts at `from`. */
export function decodedLiteral(text: string, from: number): { start: number; end: number } | undefined {
  const decoded = DECODED_LITERAL.exec(text.slice(from, endOfLine(text, from, 256)));
  if (!decoded) return undefined;
  const start = from + decoded[0].length - decoded[2].length - 1;
  return { start, end: start + decoded[2].length };
}

/**
 * The default after an environment look-up in code: `process.env.X || 'v'`, `ENV['X'] || "v"`,
 * `env.X ?? "v"`, `os.environ["X"] if … else "v"`, `getenv("X") or "v"`, Kotlin/PHP `?: "v"`, Rust
 * `.unwrap_or("v")`, Scala/Java `.getOrElse("v")`/`.orElse("v")`, Ruby's block `ENV.fetch("X") { "v" }` (also inside
 * ERB's `<%= … %>`, as Rails' database.yml writes it).
 */
export function fallbackLiteral(text: string, from: number): { start: number; end: number } | undefined {
  const codeStart = from + (/^<%[-=]{0,2}[ \t]*/.exec(text.slice(from, from + 8))?.[0].length ?? 0);
  if (!/[A-Za-z_$]/.test(text[codeStart] ?? '')) return undefined;
  const line = text.slice(codeStart, endOfLine(text, codeStart, 256));
  const fallback = /(?:\|\||\?\?|\?:|[ \t]or[ \t]|[ \t]else[ \t]|\.(?:unwrap_or|getOrElse|orElse|or)\(|\.fetch\([^()\r\n]{1,80}\)[ \t]*\{)[ \t]*(["'])((?:[^"'\\]|\\.)*)\1/.exec(line);
  if (!fallback || !isCodeReference(line, true)) return undefined;
  const start = codeStart + fallback.index + fallback[0].length - fallback[2].length - 1;
  return { start, end: start + fallback[2].length };
}
