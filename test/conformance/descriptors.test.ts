/**
 * Conformance, descriptors: every registered cloud describes itself completely and consistently — its
 * credential shapes agree with what its own importers find in the fake HOME folders, its secret formats
 * recognise those values, its console CSV headers and key ids cannot be mistaken for another cloud's,
 * and its endpoint and console link work. The same tests run on every descriptor.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanCredentialSources, type ImportCandidate } from '../../src/accounts/importers';
import type { ProviderDescriptor, SecretRole } from '../../src/core/provider-descriptor';
import { looksLikeCredentialField } from '../../src/core/provider-descriptor';
import { PROVIDERS } from '../../src/providers';
import { fakeEnvironment } from '../unit/importers/fake-home';

const ROOT = join(__dirname, '..', '..');
const bundleZh: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'l10n/bundle.l10n.zh-cn.json'), 'utf8'));

/** Every member of the descriptor type; the type checker fails this list when a member is added. */
const MEMBERS = {
  id: true,
  displayName: true,
  apiVersions: true,
  credentialFields: true,
  credentialSources: true,
  consoleCsv: true,
  secretFormats: true,
  defaultEndpoint: true,
  consoleTicketUrl: true,
  ticketIds: true,
  accountSettings: true,
  create: true,
} satisfies Record<keyof ProviderDescriptor, true>;

const FIXTURE_HOMES = ['full', 'split', 'malformed', 'bad-shapes', 'empty'];

/** Everything a cloud's own sources find in every fake HOME, with no environment variables set. */
async function ownCandidates(descriptor: ProviderDescriptor): Promise<ImportCandidate[]> {
  const reports = await Promise.all(FIXTURE_HOMES.map((home) => scanCredentialSources(fakeEnvironment(home), { providers: [descriptor.id] })));
  return reports.flatMap((report) => report.candidates);
}

/** The key ids, secrets and tokens of importable candidates, by the role the redaction engine gives them. */
function valuesByRole(candidates: readonly ImportCandidate[]): Record<SecretRole, string[]> {
  const importable = candidates.filter((candidate) => candidate.importable);
  return {
    'key-id': importable.map((candidate) => candidate.accessKeyId).filter(Boolean),
    secret: importable.flatMap((candidate) => (candidate.accessKeySecret ? [candidate.accessKeySecret] : [])),
    token: importable.flatMap((candidate) => (candidate.securityToken ? [candidate.securityToken] : [])),
  };
}

const normalisedHeader = (header: string) => header.toLowerCase().replace(/[\s_\-()（）[\]]/g, '');
const isStateless = (pattern: RegExp) => !pattern.global && !pattern.sticky;
const isAnchored = (pattern: RegExp) => pattern.source.startsWith('^') && pattern.source.endsWith('$');

describe('conformance: the registry', () => {
  it('lists clouds with distinct ids, display names and credential source names', () => {
    const distinct = (values: string[]) => new Set(values).size === values.length;
    assert.ok(PROVIDERS.length > 0);
    assert.ok(distinct(PROVIDERS.map((descriptor) => descriptor.id)), 'ids');
    assert.ok(distinct(PROVIDERS.map((descriptor) => descriptor.displayName)), 'display names');
    assert.ok(distinct(PROVIDERS.flatMap((descriptor) => descriptor.credentialSources.map((source) => source.name))), 'source names');
  });
});

for (const descriptor of PROVIDERS) {
  describe(`conformance: descriptor (${descriptor.id})`, () => {
    const others = PROVIDERS.filter((other) => other !== descriptor);
    let candidates: ImportCandidate[] = [];
    before(async () => {
      candidates = await ownCandidates(descriptor);
    });

    it('has every member', () => {
      const missing = Object.keys(MEMBERS).filter((member) => descriptor[member as keyof ProviderDescriptor] === undefined);
      assert.deepEqual(missing, []);
    });

    it('has an id fit for storage and a display name translated into Chinese', () => {
      assert.match(descriptor.id, /^[a-z][a-z0-9-]*$/);
      assert.ok(descriptor.displayName.trim().length > 0);
      assert.ok(bundleZh[descriptor.displayName], `l10n/bundle.l10n.zh-cn.json has no "${descriptor.displayName}"`);
    });

    it('describes its credential fields with anchored, stateless shapes and a key id example', () => {
      const { keyId, secret, token } = descriptor.credentialFields;
      for (const field of [keyId, secret, ...(token ? [token] : [])]) {
        assert.ok(isAnchored(field.shape) && isStateless(field.shape), field.shape.source);
        if (field.plausible) assert.ok(isAnchored(field.plausible) && isStateless(field.plausible), field.plausible.source);
      }
      assert.ok(keyId.example.length > 0);
    });

    it('scans at least one credential source, and its own sources find importable keys in the fake HOME', () => {
      assert.ok(descriptor.credentialSources.length > 0);
      assert.ok(
        candidates.some((candidate) => candidate.importable && candidate.accessKeyId && candidate.accessKeySecret),
        'no complete key pair found',
      );
    });

    it('imports only candidates of its own cloud, labelled with its name', () => {
      const strangers = candidates.filter((candidate) => candidate.provider !== descriptor.id || !candidate.suggestedLabel.startsWith(`${descriptor.displayName} (`));
      assert.deepEqual(
        strangers.map((candidate) => candidate.source),
        [],
      );
    });

    it('imports key ids, secrets and tokens of the shapes its credential fields declare', () => {
      const { keyId, secret, token } = descriptor.credentialFields;
      const values = valuesByRole(candidates);
      const wrong = [
        ...values['key-id'].filter((value) => !keyId.shape.test(value) || !looksLikeCredentialField(keyId, value)),
        ...values.secret.filter((value) => !secret.shape.test(value) || !looksLikeCredentialField(secret, value)),
        ...values.token.filter((value) => !token || !token.shape.test(value)),
      ];
      assert.deepEqual(wrong, []);
    });

    it('has key ids no other cloud claims, so a console CSV without headers is read for the right cloud', () => {
      const claimed = valuesByRole(candidates)['key-id'].filter((value) => others.some((other) => other.credentialFields.keyId.shape.test(value)));
      assert.deepEqual(claimed, []);
    });

    it('names console CSV secret headers in normalised form that no other cloud uses', () => {
      const { secretHeaders } = descriptor.consoleCsv;
      assert.ok(secretHeaders.length > 0);
      assert.deepEqual(
        secretHeaders.filter((header) => header !== normalisedHeader(header)),
        [],
      );
      assert.deepEqual(
        secretHeaders.filter((header) => others.some((other) => other.consoleCsv.secretHeaders.includes(header))),
        [],
      );
    });

    it('gives redaction a format for each credential it issues, with kinds of its own', () => {
      const { fieldWords, formats } = descriptor.secretFormats;
      const roles = formats.map((format) => format.role).sort();
      assert.deepEqual(roles, descriptor.credentialFields.token ? ['key-id', 'secret', 'token'] : ['key-id', 'secret']);
      assert.deepEqual(
        formats.filter((format) => !format.kind.startsWith(`${descriptor.id}-`)).map((format) => format.kind),
        [],
      );
      assert.ok(fieldWords.length > 0 && fieldWords.every((word) => /^[a-z0-9]+$/.test(word)), fieldWords.join(','));
    });

    it('has secret formats that recognise every value its importers find, whole and inside text', () => {
      const values = valuesByRole(candidates);
      const missed: string[] = [];
      for (const format of descriptor.secretFormats.formats) {
        assert.ok(isStateless(format.value), `${format.kind} value must not be global`);
        for (const value of values[format.role]) {
          if (!format.value.test(value)) missed.push(`${format.kind}: ${value}`);
          if (format.inText && format.role === 'key-id') {
            assert.ok(format.inText.global, `${format.kind} inText must be global`);
            const found = [...`id=${value}; next`.matchAll(format.inText)].map((match) => match[0]);
            if (!found.includes(value)) missed.push(`${format.kind} in text: ${value}`);
          }
        }
      }
      assert.deepEqual(missed, []);
    });

    it('has a key pair format that finds its own key id and secret written side by side', () => {
      const pair = descriptor.secretFormats.keyPair;
      if (!pair) return;
      const complete = candidates.filter((candidate) => candidate.importable && candidate.accessKeyId && candidate.accessKeySecret);
      const missed = complete.filter((candidate) => {
        const line = `${candidate.accessKeyId},${candidate.accessKeySecret}`;
        return pair.id.exec(line)?.[0] !== candidate.accessKeyId || !new RegExp(pair.secret.source).test(line.slice(candidate.accessKeyId.length));
      });
      assert.deepEqual(
        missed.map((candidate) => candidate.source),
        [],
      );
    });

    it('names an https default endpoint for an account without an override', () => {
      const url = new URL(descriptor.defaultEndpoint({ id: 'a', providerId: descriptor.id, label: 'a' }));
      assert.equal(url.protocol, 'https:');
      assert.equal(url.pathname, '/');
    });

    it('links a ticket to the https console with its id encoded', () => {
      const hostile = 'T 1/2&x=<y>';
      const link = descriptor.consoleTicketUrl(hostile);
      assert.equal(new URL(link).protocol, 'https:');
      assert.ok(link.includes(encodeURIComponent(hostile)) && !link.includes(hostile), link);
    });
  });
}
