// ESLint flat config. The import restrictions enforce DESIGN.md §3: core, providers,
// emulator and shared never load `vscode`, webview code only meets the host through
// src/shared, and host folders import downwards only (HOST_LAYERS).
import tseslint from 'typescript-eslint';
import { outsideTextPlugin } from './scripts/eslint/outside-text.mjs';

/**
 * Host folders from the top (what the user invokes) to the bottom (what everything builds on). A folder
 * may import from its own layer and the ones below, never from a layer above (DESIGN.md §3).
 */
const HOST_LAYERS = [['commands', 'languageModelTools'], ['panels', 'views', 'links'], ['diagnostics'], ['attach'], ['services'], ['accounts'], ['common']];

function noImportUp(index) {
  const above = HOST_LAYERS.slice(0, index).flat();
  return {
    files: HOST_LAYERS[index].map((folder) => `src/${folder}/**/*.ts`),
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: `^(\\.\\./)+(${above.join('|')})(/|$)`, message: `Imports go down only: ${HOST_LAYERS.map((layer) => layer.join('/')).join(' → ')}.` }] },
      ],
    },
  };
}

const noVscode = {
  'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'This layer must stay vscode-free (DESIGN.md §3).' }] }],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tools/**', '.vscode-test/**', 'test-results/**', 'out/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  { files: ['src/core/**', 'src/providers/**', 'src/emulator/**', 'src/shared/**', 'src/assistant/**', 'src/mcp/**'], rules: { ...noVscode, '@typescript-eslint/no-explicit-any': 'error' } },
  {
    files: ['webview/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['../src/*', '!../src/shared', '../../src/*', '!../../src/shared'], message: 'Webviews meet the host only in src/shared.' }],
          paths: [{ name: 'vscode', message: 'Webviews cannot load vscode.' }],
        },
      ],
    },
  },
  {
    // Host files that talk to VS Code UI: outside text must pass through src/shared/outsideText.ts.
    files: [
      'src/extension.ts',
      'src/views/**/*.ts',
      'src/panels/**/*.ts',
      'src/commands/**/*.ts',
      'src/attach/**/*.ts',
      'src/accounts/**/*.ts',
      'src/diagnostics/**/*.ts',
      'src/services/**/*.ts',
      'src/common/**/*.ts',
      'src/links/**/*.ts',
      'src/languageModelTools/**/*.ts',
    ],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'cloud-tickets': outsideTextPlugin },
    rules: { 'cloud-tickets/outside-text': 'error' },
  },
  ...HOST_LAYERS.map((_, index) => index)
    .filter((index) => index > 0)
    .map(noImportUp),
  { files: ['scripts/**/*.mjs', 'test/**/*.js'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
);
