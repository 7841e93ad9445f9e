/**
 * The one renderer of failures (src/shared/errorText.ts): every reason, kind and authentication failure is
 * worded in Chinese with the zh-cn bundle and in English with the MCP server's formatter, from the same
 * templates; the cloud's own words stay the cloud's (quoted, untranslated), with its code and request id.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorReason, ErrorReasonId } from '../../../src/core/error-reasons';
import { TicketError, type ErrorKind, type TicketErrorInit } from '../../../src/core/errors';
import type { AuthFailure } from '../../../src/core/failure-classification';
import { errorText, factsText, inEnglish, type Translate } from '../../../src/shared/errorText';
import { englishWords } from '../../ui/views-tour';

const ROOT = join(__dirname, '..', '..', '..');
const bundleZh: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8'));

/** What `vscode.l10n.t` does in a zh-cn window: the bundle's text for the template, placeholders filled. */
const inChinese: Translate = (template, ...args) => inEnglish(bundleZh[template] ?? template, ...args);

/** One example of every reason; typed by id, so a new reason without an example does not compile. */
const REASONS: { readonly [Id in ErrorReasonId]: Extract<ErrorReason, { id: Id }> } = {
  'no-answer': { id: 'no-answer', seconds: 20 },
  'connection-failed': { id: 'connection-failed', connectionCode: 'ECONNREFUSED' },
  deadline: { id: 'deadline', seconds: 100, write: true, sent: false },
  'file-changed-while-sent': { id: 'file-changed-while-sent' },
  'file-unreadable-while-sent': { id: 'file-unreadable-while-sent' },
  'unreadable-answer': { id: 'unreadable-answer', httpStatus: 200 },
  'answer-too-large': { id: 'answer-too-large', limitMegabytes: 64 },
  'no-upload-link': { id: 'no-upload-link' },
  'unexpected-failure': { id: 'unexpected-failure' },
  'no-new-ticket-id': { id: 'no-new-ticket-id' },
  'storage-refused-upload': { id: 'storage-refused-upload' },
  'endpoint-lacks-action': { id: 'endpoint-lacks-action' },
  'api-not-at-endpoint': { id: 'api-not-at-endpoint' },
  'contact-not-registered': { id: 'contact-not-registered' },
  'urged-recently': { id: 'urged-recently' },
  'urge-too-early': { id: 'urge-too-early' },
  'upload-volume-used-up': { id: 'upload-volume-used-up' },
  'severity-unavailable': { id: 'severity-unavailable' },
  'cc-emails-invalid': { id: 'cc-emails-invalid' },
  'action-unsupported': { id: 'action-unsupported' },
  'ticket-missing': { id: 'ticket-missing' },
  'problem-type-unavailable': { id: 'problem-type-unavailable' },
  'region-unavailable': { id: 'region-unavailable' },
  'status-forbids-action': { id: 'status-forbids-action' },
  'ticket-quota-used-up': { id: 'ticket-quota-used-up' },
  'daily-create-limit': { id: 'daily-create-limit' },
  'label-exists': { id: 'label-exists' },
  'too-many-account-labels': { id: 'too-many-account-labels', limit: 30 },
  'too-many-ticket-labels': { id: 'too-many-ticket-labels', limit: 5 },
  'too-many-related-tickets': { id: 'too-many-related-tickets', limit: 3 },
  'related-to-itself': { id: 'related-to-itself' },
  'attachment-invalid': { id: 'attachment-invalid' },
  'authorization-gone': { id: 'authorization-gone' },
  'authorization-not-pending': { id: 'authorization-not-pending' },
  'invalid-cursor': { id: 'invalid-cursor' },
  'empty-reply': { id: 'empty-reply' },
  'reply-too-long': { id: 'reply-too-long', limit: 5000, canAttach: true },
  'too-many-attachments': { id: 'too-many-attachments', limit: 5 },
  'file-type-not-allowed': { id: 'file-type-not-allowed', extension: 'exe', allowed: ['png', 'log', 'zip'] },
  'empty-file': { id: 'empty-file', fileName: '空.txt' },
  'file-too-large': { id: 'file-too-large', fileName: '转储.dmp', limitBytes: 20 * 1024 * 1024 },
  'archive-limit': { id: 'archive-limit', rule: 'duplicate-path', path: '日志/app.log' },
  'empty-reopen-reason': { id: 'empty-reopen-reason' },
  'missing-solved': { id: 'missing-solved' },
  'single-score-rating': { id: 'single-score-rating' },
  'invalid-rating': { id: 'invalid-rating', dimensions: ['响应速度', '专业程度'], solvedMissing: true, commentMaxLength: 500 },
  'score-out-of-range': { id: 'score-out-of-range', min: 1, max: 5 },
  'authorization-of-another-ticket': { id: 'authorization-of-another-ticket' },
  'host-authorization': { id: 'host-authorization' },
  'unexpected-authorization': { id: 'unexpected-authorization' },
  'empty-refuse-reason': { id: 'empty-refuse-reason' },
  'refuse-reason-too-long': { id: 'refuse-reason-too-long', limit: 200 },
  'invalid-form': { id: 'invalid-form', fields: ['标题', '区域'] },
  'unknown-ticket': { id: 'unknown-ticket', ticketId: '5001234' },
  'invalid-endpoint': { id: 'invalid-endpoint', endpoint: 'ftp://osm', rule: 'https-only', example: 'https://osm.cn-south-1.myhuaweicloud.com' },
  'unsupported-api-version': { id: 'unsupported-api-version', version: '2019-01-01', supported: ['2021-06-10', '2020-03-26'] },
  'unsupported-operation': { id: 'unsupported-operation', operation: 'urge' },
  'unknown-provider': { id: 'unknown-provider', providerId: 'tencentcloud' },
  'unknown-account': { id: 'unknown-account' },
  'missing-credentials': { id: 'missing-credentials', accountLabel: '生产账号' },
};

const KINDS: readonly ErrorKind[] = ['auth', 'permission', 'throttled', 'network', 'invalid-input', 'server', 'not-found'];
const AUTH_FAILURES: readonly AuthFailure[] = ['clock-skew', 'token-expired', 'token-invalid', 'unknown-key', 'key-disabled', 'bad-secret'];
const CLOUD_WORDS = 'Flow control is in effect for this user.';

/** A failure the cloud answered, with its code, its words and its request id. */
function answered(init: Partial<TicketErrorInit> & Pick<TicketErrorInit, 'kind'>): TicketError {
  return new TicketError({ provider: 'Alibaba Cloud', operation: 'ListTickets', code: 'Throttling.User', httpStatus: 400, requestId: 'A1B2-C3D4', cloudMessage: CLOUD_WORDS, ...init });
}

/** Every shape of error the renderer knows: each reason, each kind without a reason, each authentication failure. */
function everyError(): TicketError[] {
  const reasons = Object.values(REASONS).map((reason) => answered({ kind: 'invalid-input', reason, provider: 'Huawei Cloud', ambiguous: reason.id === 'no-new-ticket-id' }));
  const kinds = KINDS.map((kind) => answered({ kind, ...(kind === 'permission' ? { deniedAction: 'ram:ListTickets' } : {}) }));
  const auth = AUTH_FAILURES.map((authFailure) => answered({ kind: 'auth', authFailure, cloudMessage: undefined, clockSkewMs: authFailure === 'clock-skew' ? -20 * 60_000 : undefined }));
  const variants = [
    answered({ kind: 'permission' }),
    answered({ kind: 'server', code: undefined }),
    answered({ kind: 'throttled', retryAfterMs: 3000 }),
    answered({ kind: 'network', ambiguous: true, reason: REASONS['no-answer'] }),
    answered({ kind: 'network', reason: { id: 'connection-failed' } }),
    answered({ kind: 'network', reason: { ...REASONS.deadline, write: false } }),
    answered({ kind: 'invalid-input', reason: { ...REASONS['reply-too-long'], canAttach: false } }),
    answered({ kind: 'invalid-input', reason: { ...REASONS['invalid-endpoint'], rule: 'no-query', endpoint: 'https://osm?x=1' } }),
    answered({ kind: 'invalid-input', reason: { ...REASONS['invalid-endpoint'], rule: 'not-a-url', endpoint: 'osm' } }),
    ...(['finished', 'too-many-files', 'file-too-large', 'archive-too-large', 'unusable-path', 'path-too-long'] as const).map((rule) =>
      answered({ kind: 'invalid-input', reason: { id: 'archive-limit', rule, path: 'dump.bin', maxFiles: 65535 } }),
    ),
    ...[60_000, 20 * 60_000, -60_000].map((clockSkewMs) => answered({ kind: 'auth', authFailure: 'clock-skew', clockSkewMs, cloudMessage: undefined })),
  ];
  return [...reasons, ...kinds, ...auth, ...variants];
}

/** The error's facts (codes, ids, the cloud's words, names) are not ours to translate: taken out before looking for English. */
function withoutFacts(text: string, error: TicketError): string {
  const reasonValues = Object.values(error.reason ?? {}).flatMap((value) => (Array.isArray(value) ? value : [value]));
  const facts = [error.code, error.requestId, error.operation, error.cloudMessage?.replace(/\.$/, ''), error.deniedAction, ...reasonValues].filter((fact): fact is string => typeof fact === 'string');
  // Longest first, so a short fact inside a longer one (an operation inside a denied action) does not split it.
  return facts.sort((a, b) => b.length - a.length).reduce((rest, fact) => rest.split(fact).join(' '), text);
}

/** Every `t('…')` template written in the renderer's two files. */
function writtenTemplates(): string[] {
  return ['errorText.ts', 'errorReasonText.ts'].flatMap((file) => {
    const source = readFileSync(join(ROOT, 'src', 'shared', file), 'utf8');
    return [...source.matchAll(/\bt\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)].map((match) => match[2].replace(/\\(['"`\\])/g, '$1'));
  });
}

describe('error sentences in the display language', () => {
  it('words every reason, kind and authentication failure in Chinese, with no English word of ours', () => {
    const english = everyError()
      .map((error) => ({ reason: error.reason?.id ?? error.authFailure ?? error.kind, words: englishWords(withoutFacts(errorText(error, inChinese), error)) }))
      .filter((rendered) => rendered.words.length > 0);
    assert.deepEqual(english, []);
  });

  it('uses only templates the zh-cn bundle translates into Chinese with the same placeholders, and the examples reach every one', () => {
    const used = new Set<string>();
    const recording: Translate = (template, ...args) => (used.add(template), inChinese(template, ...args));
    for (const error of everyError()) errorText(error, recording);
    factsText({ kind: 'server' }, recording);
    const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort().join();
    const written = new Set(writtenTemplates());
    // Form and rating labels pass through `t` too, but they are facts in the provider's language, not our templates.
    const untranslated = [...used].filter((template) => written.has(template)).filter((template) => !(template in bundleZh) || !/\p{Script=Han}|、|（/u.test(bundleZh[template]) || placeholders(bundleZh[template]) !== placeholders(template));
    const unreached = [...written].filter((template) => !used.has(template));
    assert.deepEqual({ untranslated, unreached }, { untranslated: [], unreached: [] });
  });

  it("quotes the cloud's own words untranslated with its code and the request id, in both languages", () => {
    const error = answered({ kind: 'throttled', retryAfterMs: 1500 });
    assert.deepEqual(
      [errorText(error, inEnglish), errorText(error, inChinese)],
      [
        `Alibaba Cloud is limiting the request rate (ListTickets). Alibaba Cloud said (Throttling.User): “Flow control is in effect for this user”. Wait 2 s and try again. Request ID: A1B2-C3D4.`,
        `阿里云正在限制请求频率（ListTickets）。阿里云的原话（Throttling.User）：“Flow control is in effect for this user”。请等待 2 秒后重试。请求 ID：A1B2-C3D4。`,
      ],
    );
  });

  it('words what a cloud code means, keeps the cloud’s words beside it, and shows no code for a connection failure', () => {
    const status = answered({ kind: 'invalid-input', provider: 'Huawei Cloud', operation: 'UrgeCase', code: 'OSM.01010034', reason: REASONS['status-forbids-action'], cloudMessage: 'status error' });
    const timeout = answered({ kind: 'network', code: 'ECONNABORTED', httpStatus: undefined, requestId: undefined, cloudMessage: undefined, ambiguous: true, reason: REASONS['no-answer'] });
    assert.deepEqual(
      [errorText(status, inChinese), errorText(timeout, inEnglish)],
      [
        '华为云认为请求无效，已拒绝（UrgeCase）。工单当前的状态已不允许此操作；请刷新工单。华为云的原话（OSM.01010034）：“status error”。请求 ID：A1B2-C3D4。',
        'Could not reach Alibaba Cloud (ListTickets). No answer within 20 s. The change may or may not have been applied, so check before trying again. Check your network, proxy and endpoint settings, then try again.',
      ],
    );
  });

  it('names the cloud of an account when the facts do not (a refresh snapshot), and the measured clock difference', () => {
    const snapshot = { kind: 'throttled' as const, code: 'APIGW.0308', requestId: 'R-9' };
    const clock = answered({ kind: 'auth', authFailure: 'clock-skew', clockSkewMs: 20 * 60_000, cloudMessage: undefined, code: 'InvalidTimeStamp.Expired' });
    assert.deepEqual(
      [factsText(snapshot, inChinese, { cloudName: '华为云' }), factsText(snapshot, inEnglish), errorText(clock, inChinese)],
      [
        '华为云正在限制请求频率。错误码：APIGW.0308。请稍候再试。请求 ID：R-9。',
        'The cloud is limiting the request rate. Error code: APIGW.0308. Wait a moment and try again. Request ID: R-9.',
        '这台电脑的时钟与服务器相差太大，阿里云拒绝了请求（ListTickets）。服务器时钟比这台电脑快约 20 分钟。错误码：InvalidTimeStamp.Expired。请校正这台电脑的时钟（打开自动设置时间）后重试；访问密钥无需更改。请求 ID：A1B2-C3D4。',
      ],
    );
  });

  it('shows a sentence written in the user’s language as it is, and any other failure as neutralised outside text', () => {
    const ready = new TicketError({ kind: 'invalid-input', message: '已存在名为“urgent”的标签。' });
    const foreign = new Error('see [docs](command:evil) $(alert) \u202Eexe.txt');
    assert.deepEqual([errorText(ready, inChinese), errorText(foreign, inChinese)], ['已存在名为“urgent”的标签。', 'see [docs] (command:evil) $ (alert) ⟨U+202E⟩exe.txt']);
  });
});
