/**
 * Text from outside (ticket titles, messages, agent names, file names, catalogue labels, account labels read
 * from files) is hostile in every surface. These functions are the one way such text enters a VS Code UI
 * surface or a file name we write (DESIGN.md §7); the `outside-text` lint rule checks the call sites.
 * Pure and DOM-free so the host and the webviews share them.
 */

/**
 * Text that is safe to show in a VS Code surface: outside text after one of these functions, or text this
 * extension wrote. The brand lets the type checker (and the lint rule) tell it from a raw string.
 */
export type SafeText = string & { readonly __outsideTextChecked: true };

/**
 * Marks text this extension wrote itself (a localized sentence whose arguments were checked, a number it
 * formatted) as safe to show. Never for text from a cloud, a file or a user: the lint rule checks the argument.
 */
export function ownText(text: string): SafeText {
  return text as SafeText;
}

/** Characters that reorder the text around them: embeddings, overrides, isolates, marks. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/** Characters that take no room or look like a plain space, so two different strings look the same. */
const INVISIBLES = /[\u200B-\u200D\u2060-\u2064\uFEFF\u00AD\u034F\u115F\u1160\u180E\u3164\uFFA0\u00A0\u2007\u202F\u2028\u2029]/g;
const INVISIBLES_BUT_JOINER = /[\u200B\u200C\u2060-\u2064\uFEFF\u00AD\u034F\u115F\u1160\u180E\u3164\uFFA0\u00A0\u2007\u202F\u2028\u2029]/g;
/** C0/C1 controls other than the line breaks and tab that single-line surfaces turn into spaces. */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Strong right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko … and their presentation forms). */
/** Half of a surrogate pair: not a character, and some surfaces fail on it. */
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const RTL_LETTERS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/** Default lengths per surface; the full text stays reachable where the surface allows (panel, tooltip). */
export const OUTSIDE_TEXT_LIMITS = { label: 120, message: 300, tooltip: 1000, fileName: 120 } as const;

export interface OutsideTextOptions {
  /** Longest result in characters (an ellipsis included). */
  readonly maxLength?: number;
  /** Keep line breaks (multi-line surfaces such as modal details); otherwise they become spaces. */
  readonly multiline?: boolean;
}

/** Names an invisible or reordering character so that look-alikes differ on screen: "⟨U+200B⟩". */
export function visibleCodePoint(char: string): string {
  return `⟨U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

/** A zero-width joiner inside an emoji sequence (👩‍💻, 👩🏾‍💻: after a pictograph, its modifier or VS16) is part of one picture. */
const LONE_JOINER = /(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}]\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

/**
 * Tag characters draw nothing, so they can hide ASCII text ("ASCII smuggling"); their one legitimate use is a
 * subdivision flag (🏴 + tags + cancel tag), which is kept.
 */
const TAG_CHARACTERS = /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}|[\u{E0000}-\u{E007F}]/gu;

/** Makes bidi controls and invisible characters visible; the rest of the text is unchanged. */
export function revealInvisibles(text: string): string {
  return text
    .replace(BIDI_CONTROLS, visibleCodePoint)
    .replace(TAG_CHARACTERS, (match) => (match.length > 2 ? match : visibleCodePoint(match)))
    .replace(LONE_JOINER, visibleCodePoint)
    .replace(INVISIBLES_BUT_JOINER, visibleCodePoint);
}

/** Cuts text to `maxLength` characters (code points, so no half surrogate pair), ending with "…". */
export function shorten(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  // A code point takes at most two UTF-16 units, so this prefix holds more than maxLength of them when the text does.
  const points = Array.from(text.slice(0, maxLength * 2 + 2));
  if (points.length <= maxLength) return text;
  // A cut inside an emoji sequence must not leave a dangling joiner that now joins nothing.
  return `${points
    .slice(0, Math.max(1, maxLength - 1))
    .join('')
    .replace(/\u200D+$/, '')}…`;
}

/**
 * Outside text for a plain-text surface (notification, modal, progress title, quick pick, tree label and
 * description, status bar, tab and window title): no link or icon syntax the surface would interpret, no
 * invisible or reordering characters, right-to-left text isolated from what follows it, and a sane length.
 */
export function outsideText(text: string | undefined, options: OutsideTextOptions = {}): SafeText {
  if (!text) return ownText('');
  const maxLength = options.maxLength ?? OUTSIDE_TEXT_LIMITS.message;
  // Shorten first (with slack for the markers) so a 1 MB title costs no more than a short one.
  let safe = text.length > maxLength * 4 ? text.slice(0, maxLength * 4) : text;
  safe = safe.replace(CONTROLS, ' ').replace(LONE_SURROGATES, '\uFFFD');
  safe = options.multiline ? safe.replace(/\r\n?/g, '\n') : safe.replace(/[\r\n\t]+/g, ' ');
  safe = revealInvisibles(safe)
    // Notifications turn [text](target) into a link, command: URIs included; a space breaks the pattern.
    .replace(/\]\s*\(/g, '] (')
    // Quick picks, the status bar and notifications draw $(name) as an icon.
    .replace(/\$\(/g, '$ (');
  safe = shorten(safe, maxLength);
  return ownText(RTL_LETTERS.test(safe) ? `${FIRST_STRONG_ISOLATE}${safe}${POP_DIRECTIONAL_ISOLATE}` : safe);
}

const MARKDOWN_SPECIALS = /[\\`*_{}[\]()#+\-.!|<>~:$&"'=@]/g;

/**
 * Outside text for the inside of a `MarkdownString` (tree tooltips): every Markdown, HTML and autolink
 * character becomes a numeric entity, so nothing turns into a link, emphasis, image or icon and no stray
 * backslash shows. Use with `isTrusted: false`, `supportHtml: false`, `supportThemeIcons: false`.
 */
export function outsideMarkdown(text: string | undefined, options: OutsideTextOptions = {}): SafeText {
  const plain = outsideText(text, { maxLength: options.maxLength ?? OUTSIDE_TEXT_LIMITS.tooltip, multiline: options.multiline });
  const escaped = plain.replace(MARKDOWN_SPECIALS, (char) => `&#${char.charCodeAt(0)};`);
  return ownText(options.multiline ? escaped.replace(/\n/g, '  \n') : escaped);
}

const WINDOWS_RESERVED_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

/**
 * A name from outside made safe to write to disk: no path, no reordering or invisible characters (so the
 * extension shown is the real one), nothing a file system refuses, at most `maxLength` characters with the
 * extension kept. Never empty.
 */
export function outsideFileName(name: string | undefined, options: { readonly maxLength?: number; readonly fallback?: string } = {}): SafeText {
  const maxLength = options.maxLength ?? OUTSIDE_TEXT_LIMITS.fileName;
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  let safe = base
    .replace(BIDI_CONTROLS, '')
    .replace(INVISIBLES, '')
    .replace(TAG_CHARACTERS, (match) => (match.length > 2 ? match : ''))
    .replace(CONTROLS, '')
    .replace(LONE_SURROGATES, '')
    .replace(/[\r\n\t]/g, ' ')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (WINDOWS_RESERVED_NAMES.test(safe)) safe = `_${safe}`;
  if (!safe) safe = options.fallback ?? 'attachment';
  return ownText(shortenKeepingExtension(safe, maxLength));
}

function shortenKeepingExtension(name: string, maxLength: number): string {
  const points = Array.from(name);
  if (points.length <= maxLength) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
  const stem = Array.from(name.slice(0, name.length - extension.length));
  return `${stem.slice(0, Math.max(1, maxLength - Array.from(extension).length - 1)).join('')}…${extension}`;
}
