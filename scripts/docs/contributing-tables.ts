import { agendaLabel, indexCategoryLabel, listLabel, organisationLabel, partnerLabel } from '../../src/i18n';
import { ALLOWED_COMPONENTS, ALLOWED_HTML } from '../../src/lib/validate/mdx-allowlist';
import { AGENDA_STATUSES, LIST_FIELDS, MODELLPROJEKT_ROLES, MODELLPROJEKT_ROUNDS, ORGANISATION_KINDS, PARTNER_KINDS } from '../../src/schemas/city';
import { BASES } from '../../src/schemas/evidence';
import { PORTRAIT_SECTIONS } from '../../src/schemas/portrait';
import { INDEX_CATEGORIES } from '../../src/schemas/smart-city-index';
import { STATES } from '../../src/schemas/states';
import { THEMES } from '../../src/schemas/themes';

/**
 * The tables of allowed values in CONTRIBUTING.md, generated from the schema modules so that the docs
 * and the validator cannot drift apart. `npx tsx scripts/contributing-tables.ts` rewrites the block.
 */
export const START = '<!-- erlaubte-werte:start (generiert von scripts/contributing-tables.ts, nicht von Hand ändern) -->';
export const END = '<!-- erlaubte-werte:end -->';

const code = (value: string | number) => `\`${value}\``;
const table = (title: string, head: [string, string], rows: [string, string][]) =>
	[`#### ${title}`, '', `| ${head[0]} | ${head[1]} |`, '| --- | --- |', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n');
const attributes = (list: readonly string[]) => (list.length ? list.map(code).join(', ') : 'keine');

const ROLE_MEANING = {
	traeger: 'Modellprojekt der Stadt selbst, allein oder an der Spitze eines Verbunds (Standard, kann entfallen)',
	partner: 'nur Partner im Modellprojekt einer anderen Kommune oder Region; zählt nicht als Modellprojekt der Stadt',
} as const;
const BASIS_MEANING = {
	belegt: 'eine Quelle nennt die Angabe so (Standard, kann entfallen)',
	abgeleitet: 'die Angabe folgt aus einer Quelle, steht dort aber nicht so; `note` sagt wie (Pflicht)',
} as const;

export function renderTables(): string {
	return [
		START,
		table(
			'`state` – die 16 Länder',
			['Wert', 'Slug (Adresse /bundeslaender/…/)'],
			STATES.map((s) => [code(s.name), code(s.slug)]),
		),
		table(
			'`digitalAgenda.status` und `digitalAgenda.status2019`',
			['Wert', 'Anzeige'],
			AGENDA_STATUSES.map((s) => [code(s), agendaLabel(s)]),
		),
		table(
			'`organisation[].kind`',
			['Wert', 'Anzeige'],
			ORGANISATION_KINDS.map((k) => [code(k), organisationLabel(k)]),
		),
		table(
			'`partners[].kind`',
			['Wert', 'Anzeige'],
			PARTNER_KINDS.map((k) => [code(k), partnerLabel(k)]),
		),
		table(
			'`themes` und `projects[].theme`',
			['Wert', 'Thema'],
			THEMES.map((t) => [code(t.id), `${t.label}: ${t.description}`]),
		),
		table(
			'`modellprojekt.round`',
			['Wert', 'Bedeutung'],
			MODELLPROJEKT_ROUNDS.map((r) => [code(r), `Förderstaffel ${r} der Modellprojekte Smart Cities`]),
		),
		table(
			'`modellprojekt.role`',
			['Wert', 'Bedeutung'],
			MODELLPROJEKT_ROLES.map((r) => [code(r), ROLE_MEANING[r]]),
		),
		table(
			'`basis`, `basis2019`',
			['Wert', 'Bedeutung'],
			BASES.map((b) => [code(b), BASIS_MEANING[b]]),
		),
		table(
			'`smartCityIndex[].categories[].name`',
			['Wert', 'Kategorie'],
			INDEX_CATEGORIES.map((c) => [
				code(c),
				indexCategoryLabel(c, 2022) === indexCategoryLabel(c, 2023)
					? indexCategoryLabel(c, 2023)
					: `${indexCategoryLabel(c, 2022)} (ab 2023: ${indexCategoryLabel(c, 2023)})`,
			]),
		),
		table(
			'Abschnitte des Textes (`## …`, in dieser Reihenfolge)',
			['Nr.', 'Überschrift'],
			PORTRAIT_SECTIONS.map((title, i) => [`${i + 1}`, title]),
		),
		table(
			'`listsFromOtherSources`',
			['Wert', 'Liste'],
			LIST_FIELDS.map((l) => [code(l), listLabel(l)]),
		),
		table(
			'Erlaubte Elemente im Text',
			['Element', 'Attribute'],
			[...Object.entries(ALLOWED_COMPONENTS), ...Object.entries(ALLOWED_HTML)].map(([name, list]) => [code(`<${name}>`), attributes(list)]),
		),
		END,
	].join('\n\n');
}

/** Replaces the generated block in a document. */
export function withTables(document: string): string {
	const start = document.indexOf(START);
	const end = document.indexOf(END);
	if (start < 0 || end < start) throw new Error(`Block ${START} … ${END} fehlt`);
	return document.slice(0, start) + renderTables() + document.slice(end + END.length);
}
