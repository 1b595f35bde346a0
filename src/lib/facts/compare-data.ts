import type { AgendaStatus, CityData } from '../../schemas/city';
import type { FactEvidence } from '../citations';
import { sourceNumbers } from '../citations';
import { cityPath, href } from '../paths';
import { factUses } from '../portrait-citations';
import { FACT_FIELDS, indexEntries, type FactValue } from './fields';

/**
 * The data of the comparison page (/vergleich/staedte.json), built from the same field list as the fact box
 * (fields.ts). Short keys keep the file small; the browser script (components/compare/) reads it.
 */

/** A value: text (`t`), detail (`x`), status (`st`), link (`h`), source numbers (`s`), derivation note when derived (`d`). */
export interface CompareValue {
	t: string;
	x?: string;
	st?: AgendaStatus;
	h?: string;
	s?: number[];
	d?: string;
}

/** A cell: its values (`v`, empty when nothing is known) and the row's own sources (`s`, `d`); `null` when the row does not apply. */
export type CompareCell = { v: CompareValue[]; s?: number[]; d?: string } | null;

export interface CompareCity {
	slug: string;
	name: string;
	state: string;
	/** Portrait path with base. */
	path: string;
	/** The profile's sources as `[title, url]`; source n is entry n − 1, numbered as on the portrait. */
	sources: [string, string][];
	/** Cells by row id. */
	cells: Record<string, CompareCell>;
	/** Smart City Index: `[year, rank, of]` for each year with a rank, oldest first (`of` 0 when not known). */
	ranks: [number, number, number][];
}

export interface CompareRowInfo {
	id: string;
	label: string;
	empty?: string;
	absent?: string;
	display?: 'line' | 'list' | 'tags';
	chart?: 'ranks';
}

export interface CompareData {
	fields: { id: string; label: string; rows: CompareRowInfo[] }[];
	cities: CompareCity[];
}

type EvidenceOf = (key: string | undefined) => Pick<CompareValue, 's' | 'd'>;

/** Source numbers and derivation note of each fact key of a city. */
function evidenceOf(city: CityData): EvidenceOf {
	const numbers = sourceNumbers(city.sources);
	const facts = new Map<string, Pick<FactEvidence, 'basis' | 'note'> & { ids: readonly string[] }>(factUses(city).map((use) => [use.key, use]));
	return (key) => {
		const fact = key === undefined ? undefined : facts.get(key);
		if (!fact) return {};
		const s = fact.ids.flatMap((id) => numbers.get(id) ?? []);
		return { ...(s.length > 0 && { s }), ...(fact.basis === 'abgeleitet' && fact.note && { d: fact.note }) };
	};
}

function compareValue(value: FactValue, evidence: EvidenceOf): CompareValue {
	return {
		t: value.text,
		...(value.detail && { x: value.detail }),
		...(value.status && { st: value.status }),
		...(value.href && { h: value.href }),
		...evidence(value.evidence),
	};
}

export function compareCity(slug: string, city: CityData): CompareCity {
	const evidence = evidenceOf(city);
	const cells: Record<string, CompareCell> = {};
	for (const row of FACT_FIELDS.flatMap((field) => field.rows)) {
		const values = row.values(city);
		cells[row.id] = values === null ? null : { v: values.map((value) => compareValue(value, evidence)), ...evidence(row.evidence) };
	}
	return {
		slug,
		name: city.name,
		state: city.state,
		path: href(cityPath(slug)),
		sources: city.sources.map((source) => [source.title, source.url]),
		cells,
		ranks: indexEntries(city).flatMap(({ entry }) => (entry.rank === undefined ? [] : [[entry.year, entry.rank, entry.of ?? 0] as [number, number, number]])),
	};
}

const collator = new Intl.Collator('de');

/** The comparison data of all cities, sorted by name. */
export function compareData(entries: readonly { id: string; data: CityData }[]): CompareData {
	return {
		fields: FACT_FIELDS.map((field) => ({
			id: field.id,
			label: field.label,
			rows: field.rows.map(({ id, label, empty, absent, display, chart }) => ({
				id,
				label,
				...(empty && { empty }),
				...(absent && { absent }),
				...(display && display !== 'line' && { display }),
				...(chart && { chart }),
			})),
		})),
		cities: entries.map(({ id, data }) => compareCity(id, data)).sort((a, b) => collator.compare(a.name, b.name)),
	};
}
