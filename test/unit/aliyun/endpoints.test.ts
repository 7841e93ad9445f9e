import assert from 'node:assert/strict';
import { isTicketError } from '../../../src/core/errors';
import { resolveEndpoint } from '../../../src/providers/aliyun/endpoints';
import { categoryLanguage, languageFromLocale } from '../../../src/providers/aliyun/language';

describe('resolveEndpoint', () => {
  it('uses the central host by default', () => {
    assert.deepEqual(resolveEndpoint({}), { origin: 'https://workorder.aliyuncs.com', host: 'workorder.aliyuncs.com' });
  });

  it('uses the regional host for ap-southeast-1', () => {
    assert.equal(resolveEndpoint({ region: 'ap-southeast-1' }).host, 'workorder.ap-southeast-1.aliyuncs.com');
  });

  it('uses the regional host for ap-northeast-1', () => {
    assert.equal(resolveEndpoint({ region: 'ap-northeast-1' }).host, 'workorder.ap-northeast-1.aliyuncs.com');
  });

  it('maps every other region to the central host', () => {
    assert.equal(resolveEndpoint({ region: 'cn-hangzhou' }).host, 'workorder.aliyuncs.com');
  });

  it('lets an override URL with a port win over the region', () => {
    assert.deepEqual(resolveEndpoint({ endpoint: 'http://127.0.0.1:8123', region: 'ap-southeast-1' }), { origin: 'http://127.0.0.1:8123', host: '127.0.0.1:8123' });
  });

  it('accepts a bare host override as https', () => {
    assert.equal(resolveEndpoint({ endpoint: 'workorder.example.test' }).origin, 'https://workorder.example.test');
  });

  it('rejects an override with a path or another scheme', () => {
    assert.ok(
      ['ftp://x.test', 'https://x.test/api'].every((endpoint) => {
        try {
          resolveEndpoint({ endpoint });
          return false;
        } catch (error) {
          return isTicketError(error, 'invalid-input');
        }
      }),
    );
  });
});

describe('languageFromLocale', () => {
  it('maps zh-cn, ja and en-us', () => {
    assert.deepEqual(['zh-cn', 'zh-tw', 'ja', 'en-us', undefined].map(languageFromLocale), ['zh', 'zh', 'jp', 'en', 'en']);
  });

  it('falls back to en for ListCategories, which has no jp', () => {
    assert.equal(categoryLanguage('jp'), 'en');
  });
});
