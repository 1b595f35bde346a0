// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** `npm run lint`: ESLint's and typescript-eslint's recommended rules and eslint-plugin-astro's; no warning passes. */
export default tseslint.config(
	{ ignores: ['dist/', '.astro/', '.builds/', 'bench/node_modules/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// `_` marks a value that is left out on purpose, e.g. `const { slug: _, ...rest } = city`.
			// Omitting keys with a rest pattern (`const { website, ...rest } = profile`) is intended.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
			],
		},
	},
	{
		// Tests read parsed JSON and break profiles on purpose, field by field.
		files: ['tests/**'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' },
	},
);
