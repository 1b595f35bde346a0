import { agendaLabel, listLabel, organisationLabel, partnerLabel } from '../../src/i18n';
import { ALLOWED_COMPONENTS, ALLOWED_HTML } from '../../src/lib/validate/mdx-allowlist';
import { AGENDA_STATUSES, LIST_FIELDS, MODELLPROJEKT_ROUNDS, ORGANISATION_KINDS, PARTNER_KINDS } from '../../src/schemas/city';
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
