import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { looksLikeSecretFile } from '../../../src/attach/folderRules';
import { isIgnored, parseGitignore, type IgnoreFile } from '../../../src/attach/gitignore';

/** Walks a folder the way the folder zipper does (nested .gitignore files, no descent into ignored folders). */
function includedFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (relative: string, files: readonly IgnoreFile[]) => {
    const dir = join(root, relative);
    const names = readdirSync(dir)
      .filter((name) => name !== '.git')
      .sort();
    const own = names.includes('.gitignore') ? [...files, { base: relative, rules: parseGitignore(readFileSync(join(dir, '.gitignore'), 'utf8')) }] : files;
    for (const name of names) {
      const path = relative === '' ? name : `${relative}/${name}`;
      const isDirectory = statSync(join(root, path)).isDirectory();
      if (isIgnored(path, isDirectory, own)) continue;
      if (isDirectory) walk(path, own);
      else found.push(path);
    }
  };
  walk('', []);
  return found.sort();
}

/** What git itself considers untracked and not ignored. */
function gitIncluded(root: string): string[] {
  return execFileSync('git', ['ls-files', '--others', '--exclude-standard'], { cwd: root }).toString().split('\n').filter(Boolean).sort();
}

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'ct-ignore-'));
  execFileSync('git', ['init', '-q'], { cwd: root });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('.gitignore matching (compared with git itself)', () => {
  const roots: string[] = [];
  after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
  const agreeWithGit = (files: Record<string, string>) => {
    const root = tree(files);
    roots.push(root);
    assert.deepEqual(includedFiles(root), gitIncluded(root));
  };

  it('handles names, globs, directory-only and anchored patterns', () => {
    agreeWithGit({
      '.gitignore': '# comment\n\n*.log\nbuild/\n/root-only.txt\ndocs/*.md\ntmp?\n',
      'app.log': '',
      'src/app.log': '',
      'src/keep.ts': '',
      'build/out.js': '',
      'src/build/x.js': '',
      'build.txt': '',
      'root-only.txt': '',
      'src/root-only.txt': '',
      'docs/a.md': '',
      'docs/deep/b.md': '',
      tmp1: '',
      tmp12: '',
    });
  });

  it('handles negation and ** patterns', () => {
    agreeWithGit({
      '.gitignore': '*.txt\n!keep.txt\n**/cache/**\nlogs/**/debug.log\n',
      'a.txt': '',
      'keep.txt': '',
      'sub/keep.txt': '',
      'sub/b.txt': '',
      'x/cache/y.js': '',
      'cache/z.js': '',
      'logs/debug.log': '',
      'logs/2024/01/debug.log': '',
      'logs/info.log': '',
    });
  });

  it('applies nested .gitignore files relative to their folder, deeper ones winning', () => {
    agreeWithGit({
      '.gitignore': '*.gen\n',
      'pkg/.gitignore': '!important.gen\n/local.json\n',
      'a.gen': '',
      'pkg/b.gen': '',
      'pkg/important.gen': '',
      'pkg/local.json': '',
      'pkg/sub/local.json': '',
      'other/local.json': '',
    });
  });

  it('does not re-include a file inside an ignored folder', () => {
    agreeWithGit({ '.gitignore': 'out/\n!out/keep.js\n', 'out/keep.js': '', 'out/other.js': '', 'in.js': '' });
  });

  it('handles character classes and escaped characters', () => {
    agreeWithGit({ '.gitignore': '*.[oa]\n\\#notes\nfile[0-9].txt\n', 'x.o': '', 'x.a': '', 'x.c': '', '#notes': '', 'file1.txt': '', 'fileA.txt': '' });
  });

  it('flags files that usually hold secrets, but not their checked-in examples', () => {
    const names = ['.env', '.env.local', '.env.example', 'server.pem', 'id_rsa', 'id_rsa.pub', '.npmrc', 'credentials', 'app.log', 'key.ts'];
    assert.deepEqual(names.filter(looksLikeSecretFile), ['.env', '.env.local', 'server.pem', 'id_rsa', '.npmrc', 'credentials']);
  });
});
