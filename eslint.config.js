// ESLint flat config. The one rule that matters most: source/domain/ stays pure
// (DESIGN section 4): no UI, no Node built-ins, no hashing/TOTP/storage libraries,
// no clock reads and no randomness.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const impureModules = ['react', 'react/*', 'ink', 'ink/*', 'argon2', 'otplib', 'otplib/*', '@otplib/*', 'lowdb', 'lowdb/*', 'node:*', 'fs', 'path', 'crypto', 'os', 'child_process'];

export default tseslint.config(
	{ignores: ['distribution/**', 'node_modules/**', 'coverage/**']},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		rules: {
			'@typescript-eslint/consistent-type-definitions': ['error', 'type'],
			'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
			'no-restricted-exports': ['error', {restrictDefaultExports: {direct: true, named: true, defaultFrom: true, namedFrom: true, namespaceFrom: true}}],
		},
	},
	{
		files: ['eslint.config.js', 'vitest.config.ts'],
		rules: {'no-restricted-exports': 'off'},
	},
	{
		files: ['source/domain/**/*.ts', 'source/domain/**/*.tsx'],
		rules: {
			'no-restricted-imports': ['error', {patterns: [{group: impureModules, message: 'source/domain/ is pure: effects belong in source/adapters/ (DESIGN section 4).'}]}],
			'no-restricted-syntax': [
				'error',
				{selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'No clock reads in the domain: take `now` as an argument.'},
				{selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'No clock reads in the domain: take `now` as an argument.'},
				{selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'No randomness in the domain: take values from the seeded generator port.'},
				{selector: "MemberExpression[object.name='process']", message: 'No process access in the domain.'},
				{selector: "MemberExpression[object.name='crypto']", message: 'No hashing or randomness in the domain.'},
				{selector: "ImportExpression", message: 'No dynamic imports in the domain.'},
			],
		},
	},
);
