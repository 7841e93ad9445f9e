import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleZipInputs, decodeTextFile, redactBundle, renderPreview, tailText, type BundleSection } from '../../../src/core/diagnostics/bundle';
import { withoutUrlCredentials } from '../../../src/core/diagnostics/url-credentials';
import { createZip } from '../../../src/core/zip';
import { REDACTION_PROFILE } from '../../../src/providers';

// Canaries: realistic secrets of every kind the bundle may meet. None may survive into the zip.
const STORED = { accessKeyId: 'LTAI5tCanaryStoredKey01', accessKeySecret: 'CanaryStoredSecretQ8w7e6r5t4y3u2', securityToken: 'CAISCanaryStsTokenValue0123456789abcdefXYZ' };
const HUAWEI_SK = 'CanaryHuaweiSecretKey0123456789abcdefABCD';
const PROXY_PASSWORD = 'CanaryProxyPass_31337';
const GIT_TOKEN = 'ghp_CanaryGitToken1234567890abcdefABCD12';
const JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjYW5hcnkiLCJpYXQiOjE3MDAwMDAwMDB9.Q2FuYXJ5U2lnbmF0dXJlVmFsdWVfMTIzNDU2Nzg5MA';
const PEM_BODY = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCanaryPrivateKeyBody';
const EMAIL = 'canary.person@example.com';
const CANARIES = [STORED.accessKeySecret, STORED.securityToken, HUAWEI_SK, PROXY_PASSWORD, GIT_TOKEN, JWT, PEM_BODY, EMAIL];

function sections(): BundleSection[] {
  return [
    { path: 'environment.txt', title: 'Environment', text: `VS Code: 1.100.3\nCloud Tickets: 0.1.0\nAccounts (no credentials):\n- Prod: provider=aliyun, health=ok\n` },
    { path: 'proxy.txt', title: 'Proxy settings', text: `http.proxy: http://alice:${PROXY_PASSWORD}@proxy.corp:3128\nHTTPS_PROXY: not set\n` },
    {
      path: 'logs/Cloud Tickets.log',
      title: 'Extension log',
      text: [
        '2026-05-01 10:00:00.000 [info] Cloud Tickets 0.1.0 activated',
        `2026-05-01 10:00:01.000 [debug] credentials {"accessKeyId":"${STORED.accessKeyId}","accessKeySecret":"${STORED.accessKeySecret}"}`,
        `2026-05-01 10:00:02.000 [debug] sts ${STORED.securityToken}`,
        `2026-05-01 10:00:03.000 [warn] huawei config sk=${HUAWEI_SK}`,
        `2026-05-01 10:00:04.000 [info] contact ${EMAIL}`,
      ].join('\n'),
    },
    { path: 'git.txt', title: 'Git state', text: `Branch: main\nRemote origin: https://x-access-token:${GIT_TOKEN}@github.com/org/repo.git\n` },
    { path: 'problems.txt', title: 'Problems', text: `src/api.ts:3:1 [error] ts 2304: Authorization: Bearer ${JWT} is not valid here\n` },
    { path: 'files/key.pem', title: 'Added file key.pem', text: `-----BEGIN PRIVATE KEY-----\n${PEM_BODY}\n-----END PRIVATE KEY-----\n` },
  ];
}

const options = { knownSecrets: [STORED.accessKeyId, STORED.accessKeySecret, STORED.securityToken], emails: true, phoneNumbers: true };

describe('diagnostics bundle (assembly, redaction, preview)', () => {
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'ct-bundle-'));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  it('leaves no planted secret in any file of the zip (read back with unzip)', async () => {
    const file = join(scratch, 'bundle.zip');
    writeFileSync(file, await createZip(bundleZipInputs(redactBundle(sections(), REDACTION_PROFILE, options), 'Cloud Tickets test')));
    const everything = execFileSync('unzip', ['-p', file]).toString('utf8');
    assert.deepEqual(
      CANARIES.filter((canary) => everything.includes(canary)),
      [],
    );
  });

  it('keeps the non-secret facts support needs', () => {
    const text = redactBundle(sections(), REDACTION_PROFILE, options)
      .sections.map((section) => section.text)
      .join('\n');
    assert.deepEqual(
      ['VS Code: 1.100.3', 'Cloud Tickets: 0.1.0', 'Branch: main', 'src/api.ts:3:1 [error]', 'activated'].filter((fact) => !text.includes(fact)),
      [],
    );
  });

  it('keeps proxy and remote hosts when credentials are stripped from URLs first (as the collectors do)', () => {
    const stripped = sections().map((section) => ({ ...section, text: withoutUrlCredentials(section.text) }));
    const text = redactBundle(stripped, REDACTION_PROFILE, options)
      .sections.map((section) => section.text)
      .join('\n');
    assert.deepEqual(
      ['http://proxy.corp:3128', 'https://github.com/org/repo.git'].filter((fact) => !text.includes(fact)),
      [],
    );
  });

  it('leaves no planted secret in the preview', () => {
    const preview = renderPreview(redactBundle(sections(), REDACTION_PROFILE, options), ['Review before attaching.']);
    assert.deepEqual(
      CANARIES.filter((canary) => preview.text.includes(canary)),
      [],
    );
  });

  it('highlights exactly the redaction markers in the preview', () => {
    const preview = renderPreview(redactBundle(sections(), REDACTION_PROFILE, options), ['intro line']);
    const marked = preview.highlights.map((highlight) => preview.text.slice(highlight.start, highlight.end));
    assert.ok(marked.length >= CANARIES.length && marked.every((text, index) => text === `[REDACTED:${preview.highlights[index].kind}]`), JSON.stringify(marked));
  });

  it('puts the manifest first, with every file, its size and its redaction count', () => {
    const inputs = bundleZipInputs(redactBundle(sections(), REDACTION_PROFILE, options), 'gen');
    const manifest = JSON.parse(Buffer.from(inputs[0].data).toString('utf8')) as { files: { path: string; bytes: number; redactions: number }[] };
    const expected = inputs.slice(1).map((input) => ({ path: input.path, bytes: input.data.byteLength }));
    assert.deepEqual({ first: inputs[0].path, files: manifest.files.map(({ path, bytes }) => ({ path, bytes })) }, { first: 'manifest.json', files: expected });
  });

  it('records redaction counts in the manifest, never the values', () => {
    const inputs = bundleZipInputs(redactBundle(sections(), REDACTION_PROFILE, options), 'gen');
    const manifest = Buffer.from(inputs[0].data).toString('utf8');
    const parsed = JSON.parse(manifest) as { redactions: Record<string, number> };
    assert.deepEqual(
      { counted: Object.values(parsed.redactions).reduce((a, b) => a + b, 0) >= CANARIES.length, leaked: CANARIES.some((canary) => manifest.includes(canary)) },
      { counted: true, leaked: false },
    );
  });

  it('renames duplicate paths instead of losing a file', () => {
    const bundle = redactBundle(
      [
        { path: 'files/a.log', title: 'A', text: 'one' },
        { path: 'files/a.log', title: 'A', text: 'two' },
      ],
      REDACTION_PROFILE,
      {},
    );
    assert.deepEqual(
      bundle.sections.map((section) => section.path),
      ['files/a.log', 'files/a-2.log'],
    );
  });

  it('keeps e-mail addresses when personal data is not to be redacted', () => {
    const bundle = redactBundle([{ path: 'a.txt', title: 'A', text: `mail ${EMAIL}` }], REDACTION_PROFILE, { emails: false });
    assert.equal(bundle.sections[0].text, `mail ${EMAIL}`);
  });

  it('keeps the end of a long log, starting at a line', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `line ${i}`).join('\n');
    const { text, cut } = tailText(lines, 100);
    assert.deepEqual(
      { cut, startsAtLine: /^line \d+$/.test(text.split('\n')[0]), last: text.endsWith('line 999'), short: text.length <= 100 },
      { cut: true, startsAtLine: true, last: true, short: true },
    );
  });

  it('reads UTF-8 text and refuses binary files', () => {
    assert.deepEqual(
      [decodeTextFile(Buffer.from('\uFEFF日志 ok')), decodeTextFile(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01])), decodeTextFile(Buffer.from([0xc3, 0x28]))],
      ['日志 ok', undefined, undefined],
    );
  });

  it('removes user and password from URLs and leaves other text alone', () => {
    assert.deepEqual(
      [
        withoutUrlCredentials('http://bob:pw@proxy:8080'),
        withoutUrlCredentials('see https://token@git.example.com/x.git now'),
        withoutUrlCredentials('git@github.com:org/repo.git'),
        withoutUrlCredentials('http://proxy:8080'),
      ],
      ['http://proxy:8080', 'see https://git.example.com/x.git now', 'git@github.com:org/repo.git', 'http://proxy:8080'],
    );
  });
});
