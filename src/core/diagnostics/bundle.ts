// The diagnostics bundle before it leaves the machine: text sections, one redaction pass over all of
// them, a preview that shows every redacted span, and the files that go into the zip.
import { redactSecrets, type RedactionFinding, type RedactionKind, type RedactionOptions, type RedactionProfile } from '../redaction';
import type { ZipInput } from '../zip';

/** One file of the bundle, as collected (not yet redacted). */
export interface BundleSection {
  /** Path inside the zip, `/`-separated (`environment.txt`, `files/app.log`). */
  readonly path: string;
  /** Heading shown in the preview. */
  readonly title: string;
  readonly text: string;
  /** A remark shown under the heading, such as "last 2,000 lines". */
  readonly note?: string;
}

/** A section after redaction: `text` is the redacted text, `findings` index into it. */
export interface RedactedSection extends BundleSection {
  readonly findings: readonly RedactionFinding[];
}

export interface RedactedBundle {
  readonly createdAt: number;
  readonly sections: readonly RedactedSection[];
}

/** A span of the preview text to highlight (offsets into `PreviewDocument.text`). */
export interface PreviewHighlight {
  readonly start: number;
  readonly end: number;
  readonly kind: RedactionKind;
}

export interface PreviewDocument {
  readonly text: string;
  readonly highlights: readonly PreviewHighlight[];
}

/** Redacts every section (text and note) with the same profile and options; paths and titles are ours and kept. */
export function redactBundle(sections: readonly BundleSection[], profile: RedactionProfile, options: RedactionOptions, createdAt = Date.now()): RedactedBundle {
  const redacted = sections.map((section): RedactedSection => {
    const body = redactSecrets(section.text, profile, options);
    const note = section.note === undefined ? undefined : redactSecrets(section.note, profile, options).text;
    return { path: section.path, title: section.title, text: body.text, findings: body.findings, ...(note === undefined ? {} : { note }) };
  });
  return { createdAt, sections: uniquePaths(redacted) };
}

/** How many spans of each kind were redacted, over the whole bundle. */
export function redactionCounts(bundle: RedactedBundle): Partial<Record<RedactionKind, number>> {
  const counts: Partial<Record<RedactionKind, number>> = {};
  for (const section of bundle.sections) for (const finding of section.findings) counts[finding.kind] = (counts[finding.kind] ?? 0) + 1;
  return counts;
}

/** The read-only preview: the given intro lines, then each section under a banner; highlights point at the markers. */
export function renderPreview(bundle: RedactedBundle, intro: readonly string[]): PreviewDocument {
  let text = intro.length > 0 ? `${intro.join('\n')}\n\n` : '';
  const highlights: PreviewHighlight[] = [];
  for (const section of bundle.sections) {
    text += `${banner(section)}\n`;
    if (section.note) text += `(${section.note})\n`;
    const bodyStart = text.length;
    for (const finding of section.findings) highlights.push({ start: bodyStart + finding.outputStart, end: bodyStart + finding.outputEnd, kind: finding.kind });
    text += section.text.endsWith('\n') ? `${section.text}\n` : `${section.text}\n\n`;
  }
  return { text, highlights };
}

/** The files of the zip: every section as UTF-8 plus `manifest.json` (paths, sizes and redaction counts, never values). */
export function bundleZipInputs(bundle: RedactedBundle, generator: string): ZipInput[] {
  const modifiedAt = new Date(bundle.createdAt);
  const encoder = new TextEncoder();
  const files = bundle.sections.map((section) => ({ path: section.path, data: encoder.encode(section.text), modifiedAt }));
  const manifest = {
    generator,
    createdAt: new Date(bundle.createdAt).toISOString(),
    files: bundle.sections.map((section, index) => ({
      path: section.path,
      title: section.title,
      bytes: files[index].data.byteLength,
      redactions: section.findings.length,
      ...(section.note ? { note: section.note } : {}),
    })),
    redactions: redactionCounts(bundle),
  };
  return [{ path: 'manifest.json', data: encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`), modifiedAt }, ...files];
}

/** The last `maxChars` characters of a text, cut at a line start; `cut` says whether anything was dropped. */
export function tailText(text: string, maxChars: number): { text: string; cut: boolean } {
  if (text.length <= maxChars) return { text, cut: false };
  const start = text.length - maxChars;
  const lineStart = text.indexOf('\n', start);
  return { text: lineStart >= 0 && lineStart < text.length - 1 ? text.slice(lineStart + 1) : text.slice(start), cut: true };
}

/** Decodes a file as UTF-8 text, or undefined when it looks binary (NUL bytes or invalid UTF-8). */
export function decodeTextFile(bytes: Uint8Array): string | undefined {
  if (bytes.subarray(0, 8192).includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

/** A file name that is safe as one path segment of the zip. */
export function safeSegment(name: string): string {
  const cleaned = name
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_')
    .replace(/^\.+/, '_')
    .trim()
    .slice(0, 120);
  return cleaned === '' ? 'file' : cleaned;
}

function banner(section: RedactedSection): string {
  const label = `${section.title} — ${section.path}`;
  return `==== ${label} ${'='.repeat(Math.max(4, 76 - label.length))}`;
}

/** Renames later duplicates (`a.log` → `a-2.log`) so every zip path is unique. */
function uniquePaths(sections: RedactedSection[]): RedactedSection[] {
  const seen = new Set<string>();
  return sections.map((section) => {
    let path = section.path;
    for (let n = 2; seen.has(path); n++) path = section.path.replace(/(\.[^./]+)?$/, (ext) => `-${n}${ext}`);
    seen.add(path);
    return path === section.path ? section : { ...section, path };
  });
}
