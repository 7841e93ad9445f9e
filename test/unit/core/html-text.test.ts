import * as assert from 'node:assert/strict';
import { htmlToText } from '../../../src/core/html-text';

describe('HTML from a cloud as plain text', () => {
  it('drops script and style contents, keeps what a reader sees', () => {
    const html = '<style>p{color:red}</style><p>By filing a ticket you agree.</p><script>alert(document.cookie)</script><p>Second&nbsp;paragraph &amp; more</p>';
    assert.equal(htmlToText(html), 'By filing a ticket you agree.\nSecond paragraph & more');
  });

  it('hides everything after an unclosed script, comment or tag', () => {
    assert.equal(htmlToText('Terms<script>steal()'), 'Terms');
    assert.equal(htmlToText('Terms<!-- hidden'), 'Terms');
    assert.equal(htmlToText('Terms <a href="x'), 'Terms');
  });

  it('keeps Chinese text and line breaks of the agreement', () => {
    assert.equal(htmlToText('<div>华为云服务协议</div><br/><div>第一条</div>'), '华为云服务协议\n第一条');
  });

  it('decodes character references, refusing surrogates and out-of-range code points', () => {
    assert.equal(htmlToText('&lt;b&gt; &#x4e2d;&#25991; &#xD800; &#1114112; &unknown;'), '<b> 中文 \uFFFD \uFFFD &unknown;');
  });

  it('is linear on a flood of unclosed tags', () => {
    const flood = '<a'.repeat(200_000);
    const started = process.hrtime.bigint();
    assert.ok(htmlToText(flood) === '', 'a flood of unclosed tags shows nothing');
    assert.ok(htmlToText(`${'<a<>'.repeat(100_000)}x`).length < 400_000);
    // A loose bound: quadratic behaviour takes minutes here, linear takes milliseconds.
    assert.ok(Number(process.hrtime.bigint() - started) / 1e9 < 5);
  });
});
