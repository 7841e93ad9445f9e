import * as assert from 'node:assert/strict';
import { linkify } from '../../../webview/shared/lib/linkify';

describe('linkify (ticket text → text and link segments)', () => {
  it('finds http, https and mailto links and keeps the rest as text', () => {
    assert.deepEqual(linkify('see https://help.example.com/a?b=1 or mail:x mailto:ops@example.com.'), [
      { kind: 'text', text: 'see ' },
      { kind: 'link', text: 'https://help.example.com/a?b=1', url: 'https://help.example.com/a?b=1' },
      { kind: 'text', text: ' or mail:x ' },
      { kind: 'link', text: 'mailto:ops@example.com', url: 'mailto:ops@example.com' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('never makes a link of javascript:, data: or file: URLs', () => {
    assert.deepEqual(
      linkify('javascript:alert(1) data:text/html,x file:///etc/passwd').map((s) => s.kind),
      ['text'],
    );
  });

  it('stops a link at markup and full-width punctuation', () => {
    const links = linkify('<a href="http://a.example/x">x</a> 见http://b.example/路径，谢谢')
      .filter((s) => s.kind === 'link')
      .map((s) => s.text);
    assert.deepEqual(links, ['http://a.example/x', 'http://b.example/路径']);
  });

  it('gives the input back when the segments are joined', () => {
    const text = 'a http://x.example/(y) b\nhttps://z.example/q). end';
    assert.equal(
      linkify(text)
        .map((s) => s.text)
        .join(''),
      text,
    );
  });
});
