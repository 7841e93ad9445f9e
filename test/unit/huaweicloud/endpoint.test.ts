/** Endpoint, site, language and time-zone settings of the OSM client (spec §1.2, §1.5). */
import assert from 'node:assert/strict';
import { defaultOsmEndpoint, iamEndpointFor, languageHeader, normaliseEndpoint, parseTimeZoneHeader, siteHeader, timeZoneHeader } from '../../../src/providers/huaweicloud/endpoint';
import { siteOf } from '../../../src/providers/huaweicloud/endpoint';

describe('huaweicloud endpoint settings', () => {
  it('defaults to the documented .com host for the China site', () => {
    assert.equal(defaultOsmEndpoint('china'), 'https://osm.cn-south-1.myhuaweicloud.com');
  });

  it('defaults to Singapore for the International site', () => {
    assert.equal(defaultOsmEndpoint('international'), 'https://osm.ap-southeast-3.myhuaweicloud.com');
  });

  it('sends X-Site 0 for China and 1 for International', () => {
    assert.deepEqual([siteHeader('china'), siteHeader('international')], ['0', '1']);
  });

  it('reads the account site setting leniently', () => {
    assert.deepEqual(['international', 'intl', '1', 'china', '', undefined].map(siteOf), ['international', 'international', 'international', 'china', 'china', 'china']);
  });

  it('drops a trailing slash and the default https port (the signer signs the authority as written)', () => {
    assert.deepEqual(normaliseEndpoint('https://osm.cn-south-1.myhuaweicloud.cn:443/'), { url: 'https://osm.cn-south-1.myhuaweicloud.cn' });
  });

  it('keeps an explicit port of a local emulator', () => {
    assert.deepEqual(normaliseEndpoint('http://127.0.0.1:8443'), { url: 'http://127.0.0.1:8443' });
  });

  it('refuses plain http to a remote host', () => {
    assert.ok('error' in normaliseEndpoint('http://osm.cn-south-1.myhuaweicloud.com'));
  });

  it('refuses something that is not a URL', () => {
    assert.ok('error' in normaliseEndpoint('osm'));
  });

  it('uses the global IAM host of the same top-level domain', () => {
    assert.deepEqual(
      [iamEndpointFor('https://osm.cn-south-1.myhuaweicloud.com'), iamEndpointFor('https://osm.cn-south-1.myhuaweicloud.cn')],
      ['https://iam.myhuaweicloud.com', 'https://iam.myhuaweicloud.cn'],
    );
  });

  it('asks a local emulator for IAM too', () => {
    assert.equal(iamEndpointFor('http://127.0.0.1:8443'), 'http://127.0.0.1:8443');
  });

  it('maps display languages to X-Language', () => {
    assert.deepEqual(['zh-cn', 'zh-tw', 'en', 'de', 'ja'].map(languageHeader), ['zh-cn', 'zh-cn', 'en-us', 'en-us', 'en-us']);
  });

  it('writes whole-hour zones as GMT+8 and others with minutes', () => {
    assert.deepEqual([timeZoneHeader(480), timeZoneHeader(0), timeZoneHeader(-300), timeZoneHeader(330), timeZoneHeader(-570)], ['GMT+8', 'GMT+0', 'GMT-5', 'GMT+05:30', 'GMT-09:30']);
  });

  it('reads X-Time-Zone values back, and refuses nonsense', () => {
    assert.deepEqual(['GMT+8', 'GMT+08:00', 'GMT-05:30', 'GMT+0530', 'UTC', 'GMT+25'].map(parseTimeZoneHeader), [480, 480, -330, 330, undefined, undefined]);
  });
});
