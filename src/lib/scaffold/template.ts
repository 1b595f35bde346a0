import { AGENDA_STATUSES, LIST_FIELDS, MODELLPROJEKT_ROUNDS, ORGANISATION_KINDS, PARTNER_KINDS } from '../../schemas/city';
import type { StateName } from '../../schemas/states';
import { THEME_IDS } from '../../schemas/themes';
import { PLACEHOLDER as T, PLACEHOLDER_URL as URL } from './placeholder';
import { LEAD_GUIDE, SECTIONS } from './sections';

export interface NewProfile {
	name: string;
	state: StateName;
	lat: number;
	lng: number;
	/** Date of creation, `JJJJ-MM-TT`. */
	today: string;
	/** Where Land and coordinates came from, e.g. `GeoNames (Köln)`; absent when the editor typed them. */
	origin?: string | undefined;
	/** GeoNames population (of unknown year), shown as a hint only. */
	populationHint?: number | undefined;
}

const quote = (text: string) => JSON.stringify(text);
const todo = (hint: string) => quote(`${T}: ${hint}`);
const choices = (values: readonly (string | number)[]) => values.join(' | ');
const round = (value: number) => Math.round(value * 1e5) / 1e5;

/**
 * The text of a new profile: every field of the format (CONTRIBUTING.md) with its source references, the
 * lead and the portrait sections, with `TODO` placeholders that the validator reports until an editor replaces them.
 */
export function renderProfile(profile: NewProfile): string {
	const origin = profile.origin ? `vorausgefüllt aus ${profile.origin}, bitte prüfen` : 'bitte prüfen';
	const population = profile.populationHint
		? `GeoNames nennt ${profile.populationHint.toLocaleString('de-DE')} (Jahr unbekannt) – amtliche Zahl mit Jahr eintragen`
		: 'amtliche Zahl mit Jahr eintragen';
	const refs = `refs: [${T}]`;
	const frontmatter = [
		`# Neues Profil, angelegt mit „npm run new-city“. Jedes ${T} durch belegte Angaben ersetzen;`,
		'# optionale Felder ganz löschen, wenn keine Quelle sie belegt. Jede Angabe nennt in refs die IDs ihrer Quellen',
		'# (unten unter sources). Format und erlaubte Werte: CONTRIBUTING.md',
		`name: ${quote(profile.name)}`,
		`state: ${profile.state}  # ${origin}`,
		`coordinates: { lat: ${round(profile.lat)}, lng: ${round(profile.lng)} }  # Stadtmitte; ${origin}`,
		`website: ${URL}  # optional; https-Adresse der Stadt`,
		`population: { value: ${T}, year: ${T}, ${refs} }  # optional; ${population}`,
		'atlas2019: false  # true nur für die 50 Städte des Smart-City-Atlas 2019',
		'digitalAgenda:',
		`  status: ${T}  # ${choices(AGENDA_STATUSES)}`,
		`  # status2019 und refs2019: nur für Städte des Atlas 2019 (atlas2019: true), gleiche Werte wie status`,
		`  title: ${todo('Titel des Strategiepapiers')}  # optional`,
		`  year: ${T}  # optional; Jahr des Beschlusses (bei in-erarbeitung: Beginn der Arbeit)`,
		`  url: ${URL}  # optional; Adresse des Dokuments`,
		`  ${refs}  # Quellen für Status, Titel und Jahr`,
		`  # basis: abgeleitet  # nur wenn keine Quelle den Status so nennt, er aber aus einer folgt; dann note: "wie"`,
		'organisation:  # wer steuert die Digitalisierung? mindestens eine Stelle, sonst []',
		`  - name: ${todo('Name der Stelle')}`,
		`    kind: ${T}  # ${choices(ORGANISATION_KINDS)}`,
		`    since: ${T}  # optional; Jahr`,
		`    reportsTo: ${todo('angebunden an, z. B. Oberbürgermeisterin')}  # optional`,
		`    ${refs}`,
		'partners:  # lokales Partnernetzwerk; keine bekannt: []',
		`  - name: ${todo('Name des Partners')}`,
		`    kind: ${T}  # ${choices(PARTNER_KINDS)}`,
		`    role: ${todo('Rolle in einem Satz')}  # optional`,
		`    ${refs}`,
		`themes: [${T}]  # mindestens eins: ${THEME_IDS.join(', ')}`,
		`themeRefs: [${T}]  # Quellen, die die Themen nennen`,
		'projects:  # optional; Leuchtturmprojekte',
		`  - name: ${todo('Projektname')}`,
		`    theme: ${T}  # ein Thema (siehe themes)`,
		`    summary: ${todo('ein Satz, was das Projekt tut')}`,
		`    ${refs}`,
		`modellprojekt: { round: ${T}, name: ${todo('Projekttitel')}, ${refs} }  # optional; Förderstaffel ${choices(MODELLPROJEKT_ROUNDS)}; nur Partner im Projekt einer anderen Stadt: role: partner – löschen, wenn keins`,
		'smartCityIndex:  # optional; Bitkom Smart City Index – löschen, wenn keine Platzierung',
		`  - { year: ${T}, rank: ${T}, of: ${T}, score: ${T}, ${refs} }`,
		`listsFromOtherSources: []  # optional; Listen, die nicht aus dem Atlas-Porträt 2019 stammen: ${LIST_FIELDS.join(', ')}`,
		'sources:  # mindestens eine; jede Angabe im Profil und jeder Satz im Text verweist auf eine dieser Quellen',
		`  - id: ${T}  # kurze Kennung in Kleinbuchstaben, z. B. stadt-digitalstrategie-2021`,
		`    title: ${todo('Titel der Quelle (Herausgeber, Datum)')}`,
		`    url: ${URL}`,
		`updated: ${profile.today}  # Datum der letzten redaktionellen Prüfung`,
	];
	const body = [
		`${T}: ${LEAD_GUIDE}
`,
		...SECTIONS.map(
			(section) => `## ${section.heading}

${T}: ${section.guide}
`,
		),
	];
	return `---\n${frontmatter.join('\n')}\n---\n\n${body.join('\n')}`;
}
