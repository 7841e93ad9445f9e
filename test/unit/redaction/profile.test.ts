// The redaction engine names no cloud: everything cloud-specific comes from the secret formats a
// profile is built from. A made-up cloud's formats must work exactly like the registered clouds' do.
import * as assert from 'node:assert/strict';
import type { SecretFormats } from '../../../src/core/provider-descriptor';
import { redactionProfile, redactSecrets } from '../../../src/core/redaction';
import { PROVIDERS, REDACTION_PROFILE } from '../../../src/providers';

const EXAMPLE_CLOUD: SecretFormats = {
  fieldWords: ['examplecloud', 'exc'],
  formats: [
    // Not distinctive enough to be found alone: only by name, beside its secret, or as a registry user.
    { kind: 'examplecloud-key-id', role: 'key-id', value: /^EXK[A-Z0-9]{17}$/, registryUser: true },
    {
      kind: 'examplecloud-secret',
      role: 'secret',
      value: /^(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])[A-Za-z0-9]{36}$/,
      fieldNames: ['signingsecretkey'],
      commandLine: { programs: ['exutil'], flag: '-s' },
    },
    { kind: 'examplecloud-token', role: 'token', value: /^EXT\./, inText: /EXT\.[A-Za-z0-9_-]{30,}/g },
  ],
  keyPair: { id: /EXK[A-Z0-9]{17}/, secret: /[A-Za-z0-9]{36}/ },
  authSchemes: ['EXC-SIGN'],
};
const EXAMPLE = redactionProfile([EXAMPLE_CLOUD]);
const NO_CLOUDS = redactionProfile([]);

const KEY_ID = 'EXK7Q2M9Z4X1C8V5B3N6';
const SECRET = 'Qw3eRt5yUi7oPa9sDf2gHj4kLz6xCv8bNm1q';
const TOKEN = 'EXT.abcDEF123ghiJKL456mnoPQR789stuVWX';

const redacted = (text: string, profile = EXAMPLE) => redactSecrets(text, profile).text;

describe('redaction profile (the clouds the engine knows come from their formats)', () => {
  it('is built from every registered descriptor', () => {
    const kinds = PROVIDERS.flatMap((provider) => provider.secretFormats.formats.map((format) => format.kind));
    assert.deepEqual(
      kinds.filter((kind) => !REDACTION_PROFILE.kindOrder.includes(kind)),
      [],
    );
  });

  it("finds a cloud's distinctive formats anywhere, and only with its formats", () => {
    const text = `failed for ${KEY_ID} with ${TOKEN}`;
    assert.deepEqual([redacted(text), redacted(text, NO_CLOUDS)], [`failed for ${KEY_ID} with [REDACTED:examplecloud-token]`, text]);
  });

  it('labels a named value by the cloud word in its field, its own field name, or its shape', () => {
    assert.deepEqual(
      [`EXC_SECRET_KEY=Abc123def456`, `SigningSecretKey: Abc123def456`, `secret_key = ${SECRET}`, `client_secret: ${SECRET}`, `exc_security_token = abcdef1234567890abcdef`].map((line) =>
        redacted(line),
      ),
      [
        'EXC_SECRET_KEY=[REDACTED:examplecloud-secret]',
        'SigningSecretKey: [REDACTED:examplecloud-secret]',
        'secret_key = [REDACTED:examplecloud-secret]',
        'client_secret: [REDACTED:examplecloud-secret]',
        'exc_security_token = [REDACTED:examplecloud-token]',
      ],
    );
    assert.deepEqual(
      [`SigningSecretKey: Abc123def456`, `secret_key = ${SECRET}`].map((line) => redacted(line, NO_CLOUDS)),
      ['SigningSecretKey: [REDACTED:secret]', 'secret_key = [REDACTED:secret]'],
    );
  });

  it("accepts a key id of the cloud's shape under a field that alone would not be enough", () => {
    assert.deepEqual([redacted(`access: ${KEY_ID}`), redacted(`access: ${KEY_ID}`, NO_CLOUDS)], ['access: [REDACTED:examplecloud-key-id]', `access: ${KEY_ID}`]);
  });

  it('finds a key id and its secret written side by side without names', () => {
    assert.equal(redacted(`ops,${KEY_ID},${SECRET}`), 'ops,[REDACTED:examplecloud-key-id],[REDACTED:examplecloud-secret]');
  });

  it("reads the cloud's own command-line flag and registry user names", () => {
    assert.equal(redacted(`exutil cp a.txt ex://bucket -s ${SECRET.slice(0, 20)}`), 'exutil cp a.txt ex://bucket -s [REDACTED:examplecloud-secret]');
    assert.equal(redacted(`exutil cp a.txt ex://bucket -s ${SECRET.slice(0, 20)}`, NO_CLOUDS), `exutil cp a.txt ex://bucket -s ${SECRET.slice(0, 20)}`);
    const login = `docker login -u eu-west-3@${KEY_ID} registry.example.com`;
    assert.deepEqual([redacted(login), redacted(login, NO_CLOUDS)], ['docker login -u eu-west-3@[REDACTED:examplecloud-key-id] registry.example.com', login]);
  });

  it("treats the cloud's signing scheme as a known Authorization scheme", () => {
    // Short, without a digit and with no scheme anyone else knows: only the profile vouches for it.
    const header = 'Authorization: EXC-SIGN keyid:signature';
    assert.deepEqual([redacted(header), redacted(header, NO_CLOUDS)], ['Authorization: EXC-SIGN [REDACTED:authorization]', header]);
  });

  it("keeps a cloud's token kind when it overlaps a generic finding", () => {
    assert.equal(redacted(`token=${TOKEN}`), 'token=[REDACTED:examplecloud-token]');
  });
});
