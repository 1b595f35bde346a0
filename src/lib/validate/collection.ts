import { STATE_NAMES } from '../../schemas/states';
import { inGermany } from '../../schemas/germany';
import { nearestPlace } from '../scaffold/gazetteer';
import { slugify } from '../slug';
import type { FrontmatterReport } from './frontmatter';
import { msg } from './messages';
import type { Problem } from './problem';

export interface FileReport extends Pick<FrontmatterReport, 'raw' | 'placeOf'> {
	file: string;
	/** The file name without `.mdx`: the URL slug. */
	slug: string;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Rules across files: a slug or a name (compared by its slug) may occur only once. */
export function checkDuplicates(reports: readonly FileReport[]): Problem[] {
	const problems: Problem[] = [];
	const first = new Map<string, FileReport>();
	const firstName = new Map<string, FileReport>();
	for (const report of reports) {
		const sameSlug = first.get(report.slug);
		if (sameSlug) {
			for (const [here, other] of [
				[report, sameSlug],
				[sameSlug, report],
			] as const) {
				problems.push({ file: here.file, line: 1, col: 1, field: 'Dateiname', message: msg.duplicateSlug(other.file), severity: 'error' });
			}
		} else first.set(report.slug, report);
		const name = report.raw?.name;
		if (typeof name !== 'string' || !slugify(name)) continue;
		const sameName = firstName.get(slugify(name));
		if (sameName) {
			for (const [here, other] of [
				[report, sameName],
				[sameName, report],
			] as const) {
				problems.push({
					file: here.file,
					...here.placeOf(['name']),
					field: 'name',
					message: msg.duplicateName(String(here.raw?.name), other.file),
					severity: 'error',
				});
			}
		} else firstName.set(slugify(name), report);
	}
	return problems;
}

/** The file name is the URL: it must be a slug, and normally the slug of the name (a mismatch is a warning). */
export function checkFileName(report: FileReport): Problem[] {
	const name = report.raw?.name;
	const expected = typeof name === 'string' ? slugify(name) : '';
	if (slugify(report.slug) !== report.slug) {
		return [{ file: report.file, line: 1, col: 1, field: 'Dateiname', message: msg.badFileName(expected || slugify(report.slug)), severity: 'error' }];
	}
	if (expected && expected !== report.slug) {
		return [{ file: report.file, ...report.placeOf(['name']), field: 'name', message: msg.fileNameMismatch(expected), severity: 'warning' }];
	}
	return [];
}

/**
 * Warns when the coordinates seem to lie in another Land than `state`: the nearest GeoNames place
 * decides. Near a border this can be wrong, hence a warning and not an error.
 */
export function checkLand(report: FileReport): Problem[] {
	const { state, coordinates } = report.raw ?? {};
	const { lat, lng } = (coordinates ?? {}) as { lat?: unknown; lng?: unknown };
	if (!STATE_NAMES.includes(state as never) || !isNumber(lat) || !isNumber(lng) || !inGermany(lat, lng)) return [];
	const { place, km } = nearestPlace({ lat, lng });
	if (place.state === state) return [];
	return [
		{
			file: report.file,
			...report.placeOf(['coordinates']),
			field: 'coordinates',
			message: msg.otherLand(String(state), place.name, place.state, km),
			severity: 'warning',
		},
	];
}
