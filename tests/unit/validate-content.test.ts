import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/validate/format';
import { isError } from '../../src/lib/validate/problem';
import { listProfiles, validateFiles } from '../../src/lib/validate/validate';

const ROOT = resolve(import.meta.dirname, '../..');

/** `npm run validate` on the real content: no errors; warnings are allowed but shown. */
describe('the profiles in src/content/cities', () => {
	it('pass the validator', async () => {
		const paths = await listProfiles(join(ROOT, 'src/content/cities'));
		expect(paths.length).toBeGreaterThan(0);
		const problems = await validateFiles(paths, ROOT);
		const warnings = problems.filter((problem) => !isError(problem));
		if (warnings.length > 0) console.warn(warnings.map(formatProblem).join('\n'));
		expect(problems.filter(isError).map(formatProblem)).toEqual([]);
	});
});
