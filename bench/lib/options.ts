import { parseArgs } from 'node:util';

export interface Options {
	runs: number;
	skipLarge: boolean;
	skipLighthouse: boolean;
	help: boolean;
}

export const USAGE = `Usage: npm run bench -- [--runs N] [--skip-large] [--skip-lighthouse]

  --runs N            builds of each site (default 3); min/median/max are reported
  --skip-large        skip (c), the site with 2,061 generated profiles
  --skip-lighthouse   skip the Lighthouse scores`;

export function parseOptions(argv: readonly string[]): Options {
	const { values } = parseArgs({
		args: [...argv],
		options: {
			runs: { type: 'string', default: '3' },
			'skip-large': { type: 'boolean', default: false },
			'skip-lighthouse': { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false },
		},
		strict: true,
	});
	const runs = Number(values.runs);
	if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1, not "${values.runs}"`);
	return { runs, skipLarge: values['skip-large'], skipLighthouse: values['skip-lighthouse'], help: values.help };
}
