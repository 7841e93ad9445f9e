// What the redaction engine knows about particular clouds, and only that: the secret formats their
// provider descriptors declare (DESIGN.md §3). Core names no cloud; the host builds one profile from
// every descriptor's `secretFormats` and hands it to `redactSecrets`. Everything here is compiled once
// per profile, so a redaction pass only runs the prepared patterns.
import type { SecretFormat, SecretFormats, SecretRole } from './provider-descriptor';
import type { RedactionKind } from './redaction';

// Base64 runs (images, certificates) must not be cut into "tokens": a match may not end inside one.
export const NOT_BEFORE_B64 = '(?![A-Za-z0-9+/])';

/** One cloud's formats, ready for the detectors. */
interface CloudSecrets {
  readonly fieldWords: ReadonlySet<string>;
  readonly formats: readonly SecretFormat[];
}

/** A key id and its secret written side by side without names, with the checks of both halves. */
export interface CloudKeyPair {
  readonly idPattern: RegExp;
  readonly secretPattern: RegExp;
  readonly isId: (value: string) => boolean;
  readonly isSecret: (value: string) => boolean;
  readonly idKind: RedactionKind;
  readonly secretKind: RedactionKind;
}

/** A flag of a cloud's own command-line tool that takes a credential. */
export interface CloudCommandLineFlag {
  readonly programs: readonly string[];
  readonly flag: string;
  readonly kind: RedactionKind;
}

/** The clouds' secret formats, compiled for the detectors. Build it once with `redactionProfile`. */
export interface RedactionProfile {
  /** In registry order: when two clouds could claim a value, the first one names it. */
  readonly clouds: readonly CloudSecrets[];
  /** Formats distinctive enough to be found anywhere, with a global pattern each. */
  readonly inText: ReadonlyArray<{ readonly kind: RedactionKind; readonly pattern: RegExp }>;
  readonly keyPairs: readonly CloudKeyPair[];
  /** Key-id formats used as `<region>@<key id>` registry user names. */
  readonly registryUsers: readonly SecretFormat[];
  readonly commandLineFlags: readonly CloudCommandLineFlag[];
  /** Lower-case Authorization schemes of the clouds' own signing. */
  readonly authSchemes: ReadonlySet<string>;
  /** Which kind a merged span keeps when spans of different kinds overlap: the earlier one. */
  readonly kindOrder: readonly RedactionKind[];
}

/** Compiles the secret formats of the given clouds (e.g. every provider descriptor's `secretFormats`). */
export function redactionProfile(clouds: readonly SecretFormats[]): RedactionProfile {
  const formats = clouds.flatMap((cloud) => cloud.formats);
  const ofRole = (role: SecretRole) => formats.filter((format) => format.role === role);
  const kindsOf = (role: SecretRole) => ofRole(role).map((format) => format.kind);
  return {
    clouds: clouds.map((cloud) => ({ fieldWords: new Set(cloud.fieldWords), formats: cloud.formats })),
    inText: formats.flatMap((format) => (format.inText ? [{ kind: format.kind, pattern: new RegExp(`(?:${format.inText.source})${NOT_BEFORE_B64}`, 'g') }] : [])),
    keyPairs: clouds.flatMap((cloud) => keyPairOf(cloud)),
    registryUsers: ofRole('key-id').filter((format) => format.registryUser === true),
    commandLineFlags: formats.flatMap((format) => (format.commandLine ? [{ ...format.commandLine, kind: format.kind }] : [])),
    authSchemes: new Set(clouds.flatMap((cloud) => cloud.authSchemes ?? []).map((scheme) => scheme.toLowerCase())),
    // The most specific kinds first: a cloud's token holds its key id, a cloud's secret beats a generic one.
    kindOrder: [
      'private-key',
      'known-secret',
      ...kindsOf('token'),
      'jwt',
      ...kindsOf('secret'),
      ...kindsOf('key-id'),
      'bearer-token',
      'password',
      'url-credentials',
      'webhook-url',
      'access-key-id',
      'api-key',
      'secret',
      'cookie',
      'token',
      'signature',
      'authorization',
      'email',
      'phone-number',
    ],
  };
}

function keyPairOf(cloud: SecretFormats): CloudKeyPair[] {
  const id = cloud.formats.find((format) => format.role === 'key-id');
  const secret = cloud.formats.find((format) => format.role === 'secret');
  if (!cloud.keyPair || !id || !secret) return [];
  return [
    {
      idPattern: new RegExp(`(?:${cloud.keyPair.id.source})${NOT_BEFORE_B64}`, 'g'),
      secretPattern: new RegExp(`(?:${cloud.keyPair.secret.source})${NOT_BEFORE_B64}`, 'g'),
      isId: (value) => id.value.test(value),
      isSecret: (value) => secret.value.test(value),
      idKind: id.kind,
      secretKind: secret.kind,
    },
  ];
}

/** The kind of the first cloud key id of this exact shape, if any. */
export function cloudKeyIdKind(profile: RedactionProfile, value: string): RedactionKind | undefined {
  return firstFormat(profile, 'key-id', (format) => format.value.test(value))?.kind;
}

/**
 * The kind of a value under a field that names a key secret (`SecretAccessKey`, `sk`): the first cloud
 * whose own field name ends the field's, whose word is in it (`OSS_ACCESS_KEY_SECRET`) or whose shape the
 * value has.
 */
export function cloudSecretKind(profile: RedactionProfile, fieldWords: readonly string[], value: string): RedactionKind | undefined {
  const joined = fieldWords.join('');
  for (const cloud of profile.clouds) {
    for (const format of cloud.formats) {
      if (format.role !== 'secret') continue;
      const named = (format.fieldNames ?? []).some((name) => joined.endsWith(name)) || fieldWords.some((word) => cloud.fieldWords.has(word));
      if (named || format.value.test(value)) return format.kind;
    }
  }
  return undefined;
}

/** The kind of a value under a field that names a temporary token: its shape first (`CAIS…`), then the field's cloud word. */
export function cloudTokenKind(profile: RedactionProfile, fieldWords: readonly string[], value: string): RedactionKind | undefined {
  const byShape = firstFormat(profile, 'token', (format) => format.value.test(value));
  if (byShape) return byShape.kind;
  for (const cloud of profile.clouds) {
    const token = cloud.formats.find((format) => format.role === 'token');
    if (token && fieldWords.some((word) => cloud.fieldWords.has(word))) return token.kind;
  }
  return undefined;
}

/** The kind of a value of exactly a cloud secret's shape under a generic secret field (`client_secret`). */
export function cloudSecretShapeKind(profile: RedactionProfile, value: string): RedactionKind | undefined {
  return firstFormat(profile, 'secret', (format) => format.value.test(value))?.kind;
}

function firstFormat(profile: RedactionProfile, role: SecretRole, accept: (format: SecretFormat) => boolean): SecretFormat | undefined {
  for (const cloud of profile.clouds) for (const format of cloud.formats) if (format.role === role && accept(format)) return format;
  return undefined;
}
