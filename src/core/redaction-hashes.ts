// Stored password hashes and digests named by their form, and ciphertext named so, kept apart from redaction-values.ts, which
// asks what a value is.
import type { KeyClass } from './redaction-keys';

// Stored password hashes (crypt, bcrypt, Apache MD5, argon2, Cisco types 8 and 9, LDAP `{SSHA}`, MySQL's SHA-1,
// PostgreSQL's SCRAM and md5 verifiers), and a digest named by its algorithm (`sha256:9af5…`, a CA pin),
// also after their user (htpasswd
// lines): what a password became, not the password.
const PASSWORD_HASH =
  /^(?:sha(?:1|256|384|512):[0-9a-f]{40,128}$)|^(?:[\w.@-]{1,64}:)?(?:\$[PH]\$[./0-9A-Za-z]{31}$|\$[a-z][a-z0-9-]*\$(?:rounds=)?\d+\$\S{8,}|\$wp\$2[abxy]\$\S{8,}|\$(?:2[abxy]?|1|5|6|7|8|9|y|gy|apr1|argon2i?d?|pbkdf2(?:-[\w]+)?|scrypt|sha1|md5)\$[^\s]{8,}|\{(?:S?SHA(?:256|512)?|S?MD5|CRYPT|PBKDF2[\w-]*|ARGON2\w*|(?:SHA256|SHA512|BLF|MD5|DES)-CRYPT|PLAIN-MD5|CRAM-MD5)\}\S{8,}|SCRAM-SHA-(?:1|256)\$\d+:\S{16,}|md5[0-9a-f]{32}|grub\.pbkdf2\.sha(?:256|512)\.\d+\.[0-9A-F]{32,}\.[0-9A-F]{32,})$/i;
// MySQL's SHA-1 of a password as `mysql.user` keeps it (`*` and upper-case hex).
const MYSQL_SHA1 = /^\*[0-9A-F]{40}$/;
// Tomcat's digested passwords in tomcat-users.xml: salt, iterations and digest in hex (`4f…$1000$9c…`); a
// certificate pin (HPKP, OkHttp: `sha256/…=`; the header's `pin-sha256="…="`), the digest of a public key; Jetty's realm
// files keep `MD5:` and `CRYPT:` digests (then the user's roles).
const DIGEST_FORMS =
  /^[0-9a-f]{8,64}\$\d{1,7}\$[0-9a-f]{32,128}$|^sha(?:1|256)\/[A-Za-z0-9+/]{27,43}=$|^pin-sha256="?[A-Za-z0-9+/]{43}="?$|^(?:MD5:[0-9a-f]{32}|CRYPT:[./0-9A-Za-z]{13})(?:,[\w.-]+)*$/i;

/** A stored password hash (`$2y$…`, `$6$…`, `{SSHA}…`, Tomcat's `salt$1000$digest`) or a key's pin, which is not the secret itself. */
export function isPasswordHash(value: string): boolean {
  return PASSWORD_HASH.test(value) || MYSQL_SHA1.test(value) || DIGEST_FORMS.test(value);
}

// A name that says its value is ciphertext (`db_password_ciphertext`, `smtp_pass_enc`), and a value that looks it: 32 bytes
// or more of base64, more than the secret it hides. (A short one, `DB_PASSWORD_ENC=UzNjcjN0…`, may be the password in
// base64, which anyone reverses.)
const CIPHERTEXT_WORDS = new Set(['ciphertext', 'enc', 'encrypted', 'cipher']);

export function isNamedCiphertext(keyClass: KeyClass, value: string): boolean {
  const base64 = value.replace(/^["']|["']$/g, '');
  // (A lone `encrypt` is Consul's gossip key, 16 or 32 bytes; an IM platform's callback body, `<Encrypt>` or `"encrypt"`,
  // is a whole message encrypted: 64 characters or more.)
  if (keyClass.words.join('') === 'encrypt') return /^[A-Za-z0-9+/]{64,}={0,2}$/.test(base64);
  return CIPHERTEXT_WORDS.has(keyClass.words[keyClass.words.length - 1] ?? '') && /^[A-Za-z0-9+/]{43,}={0,2}$/.test(base64);
}

/** Keycloak's exported credential, `{"value":"…","salt":"…"}` (JSON in a string): the password's hash and its salt. */
export function isSaltedHashRecord(value: string): boolean {
  return /^\{\\?"value\\?":\\?"[A-Za-z0-9+/]{20,}={0,2}\\?",\\?"salt\\?":\\?"[A-Za-z0-9+/]{8,}={0,2}\\?"/.test(value);
}
