import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblem, summary } from '../lib/validate/format';
import { isError } from '../lib/validate/problem';
import { projectFileProblems } from '../lib/validate/project-files';
import { listProfiles, validateFiles } from '../lib/validate/validate';

/**
 * Runs the content validator (the same one as `npm run validate`) over src/content/cities, the change
 * summaries and the former slugs files before anything is built. `astro build` stops with the validator's messages on any error,
 * so no partial site is written; `astro dev` only reports them, so the preview keeps running while an
 * editor fixes a file.
 */
export default function validateContent(): AstroIntegration {
	return {
		name: 'atlas:validate-content',
		hooks: {
			'astro:config:setup': async ({ config, command, logger }) => {
				if (command === 'preview') return;
				const root = fileURLToPath(config.root);
				const paths = await listProfiles(join(root, 'src', 'content', 'cities'));
				const problems = [...(await validateFiles(paths, root)), ...projectFileProblems(root)];
				const errors = problems.filter(isError);
				for (const problem of problems.filter((p) => !isError(p))) logger.warn(formatProblem(problem));
				if (errors.length === 0) {
					logger.info(summary(paths.length, problems));
					return;
				}
				// One line per error, `file:line:col` first, so that terminals and editors link to the place.
				for (const problem of errors) logger.error(formatProblem(problem));
				const report = `Ungültige Inhalte – ${summary(paths.length, problems)}`;
				if (command === 'build') {
					const error = new Error(report);
					error.stack = report; // the lines above say where the problems are; a stack trace of this hook would not help
					throw error;
				}
				logger.error(report);
			},
		},
	};
}
