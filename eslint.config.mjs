// Lint errors, not warnings. Layer rules: which folder may import what (see README).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'fs', 'path', 'os', 'child_process', 'crypto', 'stream', 'url', 'util', 'events', 'http', 'https', 'net', 'zlib', 'worker_threads',
];
const nodePatterns = ['node:*', ...nodeBuiltins.map((m) => m), ...nodeBuiltins.map((m) => `${m}/*`)];

const banned = (names, message) => ({ group: names, message });

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.lo-profile/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          banned(['react', 'react-dom', 'react/*', '@mui/*', 'dexie', 'dexie-*', 'electron', 'recharts', 'i18next', 'react-i18next'],
            'shared/ is pure domain logic: no UI, storage or Electron.'),
          banned(nodePatterns, 'shared/ must not use Node built-ins: it runs in the browser too.'),
          banned(['**/renderer/**', '**/electron/**'], 'shared/ must not import from the app layers.'),
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        patterns: [
          // A regex, not a group: gitignore-style 'electron' would also match ./electron (the platform adapter).
          { regex: '^electron(/.*)?$', message: 'The renderer talks to the machine only through renderer/platform.' },
          banned(nodePatterns, 'The renderer runs in a sandboxed page: no Node built-ins.'),
          banned(['**/electron/**'], 'The renderer must not import main/preload code.'),
        ],
      }],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/platform/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'window', property: 'api', message: 'Use the platform interface (renderer/platform), not window.api.' }],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [banned(nodePatterns, 'The sandboxed preload may use contextBridge/ipcRenderer only.'), banned(['**/renderer/**', '**/main/**'], 'Preload imports shared/ only.')],
        paths: [{ name: 'electron', importNames: ['shell', 'remote', 'webFrame'], message: 'Preload exposes the IPC contract only.' }],
      }],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [banned(['**/renderer/**', '**/preload/**'], 'Main imports shared/ and Node only.')] }],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', '*.mts', '*.ts', 'scripts/**/*.{ts,mjs}', 'cli/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
