import { formerSlugsReport, lostAddresses, profileSlugs } from '../former-slugs';
import { publishedSlugs } from '../history/read';
import { summariesReport } from '../history/summaries';
import type { Problem } from './problem';

/**
 * What the validator checks beside the profiles, in the project at `root`: the change summaries file, the former
 * slugs file, and published portrait addresses that would now lead nowhere (warnings).
 */
export function projectFileProblems(root: string): Problem[] {
	const profiles = profileSlugs(root);
	const former = formerSlugsReport(root, profiles);
	return [...summariesReport(root).problems, ...former.problems, ...lostAddresses(publishedSlugs(root), profiles, former.formerSlugs)];
}
