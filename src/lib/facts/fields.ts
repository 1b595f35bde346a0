import { PARTNER_KINDS, type AgendaStatus, type CityData } from '../../schemas/city';
import { INDEX_CATEGORIES } from '../../schemas/smart-city-index';
import { themeLabel } from '../../schemas/themes';
import { agendaLabel, indexCategoryLabel, organisationLabel, partnerLabel, t } from '../../i18n';
import { href, themePath } from '../paths';

/**
 * The fields of a city's facts, defined once for the fact box on the portrait (FactBox.astro) and the
 * comparison (/vergleich/, whose data lib/facts/compare-data.ts builds from this list): same fields, same
 * order, same labels, same texts, so the two never drift. A field is a heading in the fact box and a group
 * of rows in the comparison; each row says what it shows for one city.
 */

/** One value of a row, as plain text with what cites it. */
export interface FactValue {
	text: string;
	/** Short qualifier after the text: a unit's kind and years, a project's theme, an index score. */
	detail?: string;
	/** Longer context, shown in the fact box only: a partner's role, the index categories. */
	more?: string;
	/** Shown as a status badge (symbol and word). */
	status?: AgendaStatus;
	/** Site path with base (a theme page) or URL (the agenda document, the city's website). */
	href?: string;
	/** Key of the fact's sources and basis (lib/portrait-citations): `digitalAgenda`, `partners.2` … */
	evidence?: string;
}

export interface FactRow {
	/** Stable id, e.g. `agenda.status`. */
	id: string;
	label: string;
	/** The city's values: `[]` when nothing is known, `null` when the row does not apply to the city. */
	values: (city: CityData) => FactValue[] | null;
	/** Text for `[]`; default „nicht bekannt“. */
	empty?: string;
	/** Text for `null` in the comparison; default „–“. */
	absent?: string;
	/** The fact box leaves the row out when it has no value (a partner kind, the population). */
	optional?: boolean;
	/** `line`: values in a line; `list`: one per line; `tags`: links in a wrapping line (themes). */
	display?: 'line' | 'list' | 'tags';
	/** Key of the sources of the row as a whole, cited after its values (the themes). */
	evidence?: string;
	/** The values come with a rank chart (the Smart City Index). */
	chart?: 'ranks';
	/** In the fact box right under the field's heading, without a label of its own (the agenda's status). */
	lead?: boolean;
}

export interface FactField {
	id: string;
	label: string;
	rows: readonly FactRow[];
	/** Text when no row has a value; default „nicht bekannt“. */
	empty?: string;
	/** The fact box leaves the whole field out when no row has a value (the population, the website). */
	optional?: boolean;
}

/** „Stabsstelle, seit 2017, angebunden an: …“; without the kind where the page is about one kind (/steuerung/<kind>/). */
export const unitDetail = (unit: CityData['organisation'][number], withKind = true) =>
	[
		withKind && organisationLabel(unit.kind),
		unit.since && `${t('since')} ${unit.since}`,
		unit.until && `${t('until')} ${unit.until}`,
		unit.reportsTo && `${t('reportsTo')}: ${unit.reportsTo}`,
	]
		.filter(Boolean)
		.join(', ');

const categoryOrder = (name: string) => INDEX_CATEGORIES.indexOf(name as never);
const indexCategories = (entry: CityData['smartCityIndex'][number]) =>
	entry.categories &&
	[...entry.categories]
		.sort((a, b) => categoryOrder(a.name) - categoryOrder(b.name))
		.map((category) => t('index.categoryResult', indexCategoryLabel(category.name, entry.year), category.rank, category.score))
		.join('; ');

/** Index entries oldest first, each with its key in the profile's order. */
export const indexEntries = (city: CityData) =>
	city.smartCityIndex.map((entry, i) => ({ entry, key: `smartCityIndex.${i}` })).sort((a, b) => a.entry.year - b.entry.year);

export const FACT_FIELDS: readonly FactField[] = [
	{
		id: 'agenda',
		label: t('agenda'),
		rows: [
			{
				id: 'agenda.status',
				label: t('status'),
				lead: true,
				values: (city) => [{ text: agendaLabel(city.digitalAgenda.status), status: city.digitalAgenda.status, evidence: 'digitalAgenda' }],
			},
			{
				id: 'agenda.status2019',
				label: t('agenda2019'),
				absent: t('compare.notInAtlas'),
				values: (city) => {
					if (!city.atlas2019) return null;
					const status = city.digitalAgenda.status2019 ?? 'unbekannt';
					return [{ text: agendaLabel(status), status, evidence: 'digitalAgenda.2019' }];
				},
			},
			{
				id: 'agenda.title',
				label: t('agendaTitle'),
				values: ({ digitalAgenda: agenda }) => {
					if (agenda.title) return [{ text: agenda.title, ...(agenda.url && { href: agenda.url }), evidence: 'digitalAgenda' }];
					return agenda.url ? [{ text: t('agendaDocument'), href: agenda.url, evidence: 'digitalAgenda' }] : [];
				},
			},
			{
				id: 'agenda.year',
				label: t('agendaYearShort'),
				values: ({ digitalAgenda: agenda }) =>
					agenda.year === undefined
						? []
						: [
								{
									text: String(agenda.year),
									detail: t(agenda.status === 'in-erarbeitung' ? 'agendaYearStarted' : 'agendaYearAdopted'),
									evidence: 'digitalAgenda',
								},
							],
			},
			{
				id: 'agenda.draft',
				label: t('agendaDraft'),
				optional: true,
				values: ({ digitalAgenda: { draft } }) =>
					draft ? [{ text: draft.title, ...(draft.year !== undefined && { detail: `${t('since')} ${draft.year}` }), evidence: 'digitalAgenda.draft' }] : [],
			},
		],
	},
	{
		id: 'organisation',
		label: t('organisation'),
		rows: [
			{
				id: 'organisation',
				label: t('organisation'),
				display: 'list',
				values: (city) => city.organisation.map((unit, i) => ({ text: unit.name, detail: unitDetail(unit), evidence: `organisation.${i}` })),
			},
		],
	},
	{
		id: 'partners',
		label: t('partners'),
		rows: PARTNER_KINDS.map((kind): FactRow => ({
			id: `partners.${kind}`,
			label: partnerLabel(kind),
			display: 'list',
			optional: true,
			empty: t('compare.noneNamed'),
			values: (city) =>
				city.partners.flatMap((partner, i) =>
					partner.kind === kind ? [{ text: partner.name, ...(partner.role && { more: partner.role }), evidence: `partners.${i}` }] : [],
				),
		})),
	},
	{
		id: 'themes',
		label: t('themes'),
		rows: [
			{
				id: 'themes',
				label: t('themes'),
				display: 'tags',
				evidence: 'themes',
				values: (city) => city.themes.map((id) => ({ text: themeLabel(id), href: href(themePath(id)) })),
			},
		],
	},
	{
		id: 'projects',
		label: t('projects'),
		rows: [
			{
				id: 'projects',
				label: t('projects'),
				display: 'list',
				values: (city) => city.projects.map((project, i) => ({ text: project.name, detail: themeLabel(project.theme), evidence: `projects.${i}` })),
			},
		],
	},
	{
		id: 'modellprojekt',
		label: t('modellprojekt'),
		rows: [
			{
				id: 'modellprojekt',
				label: t('modellprojekt'),
				empty: t('modellprojektNone'),
				values: ({ modellprojekt: project }) => {
					if (!project) return [];
					const round = project.role === 'partner' ? t('modellprojektPartner', project.round) : t('modellprojektRound', project.round);
					return [{ text: project.name ? `${round}: ${project.name}` : round, evidence: 'modellprojekt' }];
				},
			},
		],
	},
	{
		id: 'smartCityIndex',
		label: t('smartCityIndex'),
		rows: [
			{
				id: 'smartCityIndex',
				label: t('smartCityIndex'),
				display: 'list',
				empty: t('smartCityIndexNone'),
				chart: 'ranks',
				values: (city) =>
					indexEntries(city).map(({ entry, key }) => {
						const categories = indexCategories(entry);
						return {
							text: `${entry.year}: ${entry.rank !== undefined ? t('rank', entry.rank, entry.of) : t('unknownRank')}`,
							...(entry.score !== undefined && { detail: t('points', entry.score) }),
							...(categories && { more: categories }),
							evidence: key,
						};
					}),
			},
		],
	},
	{
		id: 'population',
		label: t('population'),
		optional: true,
		rows: [
			{
				id: 'population',
				label: t('population'),
				optional: true,
				values: ({ population }) =>
					population ? [{ text: population.value.toLocaleString('de-DE'), detail: String(population.year), evidence: 'population' }] : [],
			},
		],
	},
	{
		id: 'website',
		label: t('website'),
		optional: true,
		rows: [
			{
				id: 'website',
				label: t('website'),
				optional: true,
				values: ({ website }) => (website ? [{ text: website.replace(/^https:\/\//, '').replace(/\/$/, ''), href: website }] : []),
			},
		],
	},
];

/** Every row of every field, in order. */
export const FACT_ROWS: readonly FactRow[] = FACT_FIELDS.flatMap((field) => field.rows);

/** A row as one city shows it: its values, or nothing when it does not apply or is optional and empty. */
export interface ShownRow {
	row: FactRow;
	values: FactValue[];
}

/** The rows of a field that the fact box shows for a city. */
export function shownRows(field: FactField, city: CityData): ShownRow[] {
	return field.rows.flatMap((row) => {
		const values = row.values(city);
		return values === null || (row.optional && values.length === 0) ? [] : [{ row, values }];
	});
}

/** Whether the fact box names a row: not the lead row, and not the only row that bears the field's name. */
export const rowLabelled = (field: FactField, row: FactRow) => !row.lead && row.label !== field.label;
