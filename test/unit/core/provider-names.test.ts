// A cloud is its provider folder, its emulator folder and one line in each registry (issue 16): no
// other source file may name a cloud. Names are read from the code only (identifiers, strings, regular
// expressions), through the TypeScript parser, so comments and documentation may still mention clouds.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
import { PROVIDERS } from '../../../src/providers';

const ROOT = join(__dirname, '..', '..', '..');

/** Folders a cloud owns; its registries (src/providers/descriptors.ts, src/emulator/registry.ts) live in them. */
const CLOUD_FOLDERS = ['src/providers/', 'src/emulator/'];

/** Splits `createAliyunProvider`, `HUAWEICLOUD_SDK_AK`, `Huawei Cloud` into lower-case words. */
function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** What names a cloud: its id, its display name, and the first word of the display name ("Huawei"). */
function namesOfClouds(): string[] {
  const names = PROVIDERS.flatMap((provider) => {
    const nameWords = words(provider.displayName);
    return [words(provider.id).join(''), nameWords.join(''), nameWords[0]];
  });
  return [...new Set(names)];
}

/** True when a run of consecutive words spells the name (`huawei` + `cloud` spells `huaweicloud`). */
function spells(tokenWords: string[], name: string): boolean {
  for (let start = 0; start < tokenWords.length; start += 1) {
    let joined = '';
    for (let end = start; end < tokenWords.length && joined.length < name.length; end += 1) {
      joined += tokenWords[end];
      if (joined === name) return true;
    }
  }
  return false;
}

/** Identifier, string, template and regular-expression texts of a file; never its comments. */
function codeTexts(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const texts: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) texts.push(node.text);
    else if (ts.isStringLiteralLike(node) || ts.isRegularExpressionLiteral(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) texts.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return texts;
}

/** `file: name` for every code text of the file that names a cloud. */
function cloudNamesIn(file: string, source: string, names: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of codeTexts(file, source)) {
    const tokenWords = words(text);
    for (const name of names) if (spells(tokenWords, name)) found.add(`${file}: ${name} in ${JSON.stringify(text.slice(0, 60))}`);
  }
  return [...found];
}

function sourceFiles(): string[] {
  return ['src', 'webview']
    .flatMap((folder) => (readdirSync(join(ROOT, folder), { recursive: true }) as string[]).map((file) => `${folder}/${file.split('\\').join('/')}`))
    .filter((file) => /\.tsx?$/.test(file));
}

describe('cloud names outside the cloud folders', () => {
  const names = namesOfClouds();

  it('knows what names a cloud (ids and display names from the registry)', () => {
    assert.ok(names.length >= PROVIDERS.length * 2, names.join(', '));
  });

  it('finds none in the code of any other source file', () => {
    const allowed = (file: string) => CLOUD_FOLDERS.some((folder) => file.startsWith(folder));
    const offenders = sourceFiles()
      .filter((file) => !allowed(file))
      .flatMap((file) => cloudNamesIn(file, readFileSync(join(ROOT, file), 'utf8'), names));
    assert.deepEqual(offenders, []);
  });

  it('reads names from code, not comments, including camel-case identifiers and import paths', () => {
    const sample = [
      '// Alibaba Cloud is fine in a comment, huaweicloud too',
      "import { x } from '../providers/aliyun/endpoints';",
      'const kind = createHuaweiCloudProvider;',
      "const label = 'Huawei Cloud';",
    ].join('\n');
    const found = new Set(cloudNamesIn('sample.ts', sample, names).map((finding) => finding.split(': ')[1].split(' in ')[0]));
    assert.deepEqual([...found].sort(), ['aliyun', 'huawei', 'huaweicloud']);
  });
});
