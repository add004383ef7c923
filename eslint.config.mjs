// ESLint (flat config): typescript-eslint, React hooks, and the import boundaries of README "Where things are".
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { traject } from './tools/eslint-boundaries.mjs';
import { BOUNDARY_ALLOWLIST } from './tools/boundary-allowlist.mjs';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'bench/results/**', '.data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { traject },
    rules: {
      // Existing crossings, listed one by one to burn down: a new one fails (tools/boundary-allowlist.mjs).
      'traject/imports': ['error', { allow: BOUNDARY_ALLOWLIST }],
      'traject/disable-reason': 'error',
      // A closure may read a variable before its one assignment (main.ts's signal handler reads `app`).
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // Control characters in a pattern are what input sanitising strips here (NUL, bidi controls), never an accident.
      'no-control-regex': 'off',
      // `_name` says "deliberately unused" (a rest sibling left out, a react-admin prop not needed).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Plain Node scripts (CommonJS launchers, test set-up): Node's globals, require allowed.
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        exports: 'writable',
        __dirname: 'readonly',
        __filename: 'readonly',
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },
  {
    // The rules of hooks. The React Compiler's rules of eslint-plugin-react-hooks 7 (set-state-in-effect, refs) are
    // not on: the console does not use the compiler and resets dialog state in effects on purpose.
    files: ['admin/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  // Rows read back with raw SQL in tests are untyped on purpose.
  // A test step may keep a response it does not read again.
  { files: ['tests/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-useless-assignment': 'off' } },
);
