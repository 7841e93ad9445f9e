import * as assert from 'node:assert/strict';
import { recognizeTicketIds } from '../../../src/core/ticket-ids';
import { TICKET_ID_FORMATS as FORMATS } from '../../../src/providers';
import { insideRegions, isProseLanguage, searchableRegions } from '../../../src/links/commentRegions';

/** The ids a document of this language offers as links (the editor provider's pipeline without VS Code). */
function linkedIds(text: string, languageId: string): string[] {
  return insideRegions(recognizeTicketIds(text, { formats: FORMATS }), searchableRegions(text, languageId)).map((found) => found.id);
}

describe('where ids are looked for in a document', () => {
  it('searches prose everywhere: Markdown, plain text, commit messages, unknown languages', () => {
    const text = 'Fixes ticket 0005PYGCW\n\nSee case TS202603275SQAIEFGS0404.';
    assert.deepEqual(
      ['markdown', 'plaintext', 'git-commit', 'scminput', 'json', 'some-new-language'].map((language) => linkedIds(text, language).length),
      [2, 2, 2, 2, 2, 2],
    );
    assert.ok(isProseLanguage('markdown') && !isProseLanguage('typescript'));
  });

  it('searches only comments in code, whatever the comment style', () => {
    const samples: Record<string, string> = {
      typescript: 'const ticket = "0005PYGCW"; // ticket 0006S6ZL6E\n/* see\n   ticket 001571BTXC */ call("ticket 001ET1BU1P");',
      python: 'x = "ticket 0005PYGCW"  # ticket 0006S6ZL6E\nprint(\'# ticket 001ET1BU1P\')\n# ticket 001571BTXC',
      sql: "SELECT 'ticket 0005PYGCW' -- ticket 0006S6ZL6E\n/* ticket 001571BTXC */",
      html: '<p>ticket 0005PYGCW</p><!-- ticket 0006S6ZL6E\n ticket 001571BTXC -->',
    };
    const found = Object.fromEntries(Object.entries(samples).map(([language, text]) => [language, linkedIds(text, language)]));
    assert.deepEqual(found, {
      typescript: ['0006S6ZL6E', '001571BTXC'],
      python: ['0006S6ZL6E', '001571BTXC'],
      sql: ['0006S6ZL6E', '001571BTXC'],
      html: ['0006S6ZL6E', '001571BTXC'],
    });
  });

  it('does not take a URL in a string for a comment, and ends an unclosed string at the line end', () => {
    const text = 'const url = "http://x/ticket 0005PYGCW";\nconst s = "unclosed\n// ticket 0006S6ZL6E';
    assert.deepEqual(linkedIds(text, 'javascript'), ['0006S6ZL6E']);
  });

  it('runs an unclosed block comment to the end of the text', () => {
    assert.deepEqual(linkedIds('a();\n/* ticket 0005PYGCW\n ticket 0006S6ZL6E', 'c'), ['0005PYGCW', '0006S6ZL6E']);
  });

  it('reads the comments of a large hostile code file (the bench measures how long it takes)', () => {
    const chunk = '"/*" + \'//\' + `#` /* x */ // ticket 0005PYGCW\n';
    // One id per line comment (the quoted "/*" and '//' are strings); a document offers its first 1,000 links.
    assert.deepEqual([linkedIds(chunk.repeat(500), 'typescript').length, linkedIds(chunk.repeat(20_000), 'typescript').length], [500, 1000]);
  });
});
