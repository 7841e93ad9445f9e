import * as assert from 'node:assert/strict';
import { OUTSIDE_TEXT_LIMITS, outsideFileName, outsideMarkdown, outsideText, shorten } from '../../../src/shared/outsideText';
import { hostileCorpora } from './hostile-corpus';

const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const INVISIBLE = /[\u200B\u200C\u2060-\u2064\uFEFF\u00AD\u00A0\u202F\u2028\u2029]|(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}]\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/u;
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const points = (text: string) => Array.from(text).length;
/** outsideText wraps right-to-left text in one first-strong isolate; the inside is what the surface shows. */
const inside = (text: string) => text.replace(/^\u2068([\s\S]*)\u2069$/, '$1');

describe('outside text in VS Code surfaces', () => {
  for (const corpus of hostileCorpora()) {
    describe(`${corpus.name} corpus (${corpus.strings.length} strings)`, () => {
      for (const { id, text } of corpus.strings) {
        it(`${id}: plain surfaces get no link, icon, control, reordering or invisible character, and a bounded length`, () => {
          const shown = outsideText(text, { maxLength: OUTSIDE_TEXT_LIMITS.label });
          const body = inside(shown);
          assert.doesNotMatch(body, BIDI, 'bidi control');
          assert.doesNotMatch(body, INVISIBLE, 'invisible character');
          assert.doesNotMatch(body, CONTROL, 'control character');
          assert.doesNotMatch(body, /\]\(/, 'Markdown link syntax');
          assert.doesNotMatch(body, /\$\(/, 'icon syntax');
          assert.ok(points(body) <= OUTSIDE_TEXT_LIMITS.label, `length ${points(body)}`);
          assert.doesNotMatch(shown, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/, 'half a surrogate pair');
        });

        it(`${id}: Markdown tooltips get only entities for every special character`, () => {
          const markdown = outsideMarkdown(text);
          assert.doesNotMatch(markdown.replace(/&#\d+;/g, ''), /[\\`*_{}[\]()#+\-.!|<>~:$&"'=@]/);
          assert.doesNotMatch(inside(markdown), BIDI);
        });
      }

      for (const { id, text } of corpus.strings.filter((s) => s.mustSurvive)) {
        it(`${id}: legitimate text (CJK, right-to-left, emoji sequences) keeps every character, in order`, () => {
          const shown = Array.from(outsideText(text, { maxLength: 10_000 }));
          let at = 0;
          for (const point of Array.from(text)) {
            at = shown.indexOf(point, at);
            assert.ok(at >= 0, `lost U+${point.codePointAt(0)!.toString(16)}`);
            at += 1;
          }
        });
      }

      for (const { id, name } of corpus.fileNames.filter((f) => f.mustSurvive)) {
        it(`file name ${id} is kept as it is`, () => assert.equal(outsideFileName(name), name));
      }

      for (const [a, b] of corpus.lookAlikes) {
        it(`look-alikes differ on screen: ${JSON.stringify(a)} / ${JSON.stringify(b)}`, () => {
          assert.notEqual(outsideText(a), outsideText(b));
        });
      }

      for (const { id, name } of corpus.fileNames) {
        it(`file name ${id} stays a plain name in its folder`, () => {
          const safe = outsideFileName(name);
          assert.ok(safe.length > 0);
          assert.doesNotMatch(safe, /[\\/:*?"<>|]/);
          assert.doesNotMatch(safe, BIDI);
          assert.doesNotMatch(safe, INVISIBLE);
          assert.doesNotMatch(safe, CONTROL);
          assert.doesNotMatch(safe, /^\.+$|^\s|[\s.]$/);
          assert.doesNotMatch(safe, /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
          assert.ok(points(safe) <= OUTSIDE_TEXT_LIMITS.fileName);
        });
      }
    });
  }

  it('breaks a command link in a notification and keeps the text readable', () => {
    assert.equal(outsideText('[Open](command:x.y?1)'), '[Open] (command:x.y?1)');
  });

  it('shows an override and zero-width space by name', () => {
    assert.equal(outsideText('a\u202eb\u200bc'), 'a⟨U+202E⟩b⟨U+200B⟩c');
  });

  it('shows tag characters that hide ASCII text, keeps a subdivision flag', () => {
    assert.equal(outsideText('ok\u{E0041}\u{E0042}'), 'ok⟨U+E0041⟩⟨U+E0042⟩');
    const england = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}';
    assert.equal(outsideText(england), england);
  });

  it('isolates right-to-left text so the status after it keeps its order', () => {
    assert.equal(outsideText('\u05e9\u05dc\u05d5\u05dd 123'), '\u2068\u05e9\u05dc\u05d5\u05dd 123\u2069');
  });

  it('leaves Chinese and emoji untouched', () => {
    const text = 'ECS 实例无法登录 👩‍💻 🇨🇳';
    assert.equal(outsideText(text), text);
  });

  it('shortens a 1 MB title to the limit with an ellipsis, never splitting a surrogate pair', () => {
    const title = '😀'.repeat(500_000);
    const shown = outsideText(title, { maxLength: 10 });
    assert.equal(shown, `${'😀'.repeat(9)}…`);
    assert.equal(shorten('abc', 3), 'abc');
    assert.equal(shorten('abcd', 3), 'ab…');
  });

  it('keeps line breaks only where asked', () => {
    assert.equal(outsideText('a\nb'), 'a b');
    assert.equal(outsideText('a\r\nb', { multiline: true }), 'a\nb');
  });

  it('makes tooltip URLs plain text without stray backslashes', () => {
    assert.equal(outsideMarkdown('https://x.io'), 'https&#58;//x&#46;io');
  });

  it('keeps the real extension of a file name visible', () => {
    assert.equal(outsideFileName('evil\u202etxt.exe'), 'eviltxt.exe');
    assert.equal(outsideFileName('../../.bashrc'), 'bashrc');
    assert.equal(outsideFileName('CON.txt'), '_CON.txt');
    assert.equal(outsideFileName('..'), 'attachment');
    assert.equal(outsideFileName(`${'a'.repeat(300)}.log`).slice(-5), '….log');
    assert.equal(outsideFileName('日志 2026-12-04.log'), '日志 2026-12-04.log');
  });
});
