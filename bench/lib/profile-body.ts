import { themeLabel, type ThemeId } from '../../src/schemas/themes';
import type { Place } from './places';
import type { Rng } from './prng';

const SUBJECTS = [
	'Die Verwaltung',
	'Der Stadtrat',
	'Die Stabsstelle',
	'Ein Netzwerk aus Stadtwerken und Hochschule',
	'Die Wirtschaftsförderung',
	'Eine Projektgruppe',
	'Das Rathaus',
];
const VERBS = ['plant', 'erprobt', 'baut', 'fördert', 'vernetzt', 'veröffentlicht', 'begleitet', 'bündelt', 'modernisiert', 'startet'];
const OBJECTS = [
	'digitale Bürgerdienste und ein zentrales Serviceportal',
	'offene Daten über Verkehr, Umwelt und Haushalt',
	'Sensoren für Luftqualität, Lärm und Parkplatzbelegung',
	'Glasfaser für Schulen und Gewerbegebiete',
	'eine urbane Datenplattform mit einem digitalen Zwilling',
	'Beteiligungsverfahren im Internet',
	'intelligente Straßenbeleuchtung in mehreren Quartieren',
	'Fortbildungen zur Medienkompetenz für alle Generationen',
	'einen lokalen Online-Marktplatz für den Einzelhandel',
	'Warnsysteme für Starkregen und Hochwasser',
	'Telemedizin in der ambulanten Pflege',
	'ein LoRaWAN-Funknetz für das Internet der Dinge',
];
const CLAUSES = [
	'seit einigen Jahren',
	'gemeinsam mit regionalen Partnern',
	'mit Fördermitteln von Land und Bund',
	'schrittweise',
	'in enger Abstimmung mit der Bürgerschaft',
	'als Pilotvorhaben',
	'über mehrere Haushaltsjahre',
];

/** Each sentence cites one of the profile's sources, in turn, so that every source is cited as the validator asks. */
type Cite = () => string;

function sentence(rng: Rng, cite: Cite): string {
	return `${rng.pick(SUBJECTS)} ${rng.pick(VERBS)} ${rng.pick(CLAUSES)} ${rng.pick(OBJECTS)}.${cite()}`;
}

function paragraph(rng: Rng, cite: Cite, lead: string, sentences: [number, number] = [4, 6]): string {
	return [`${lead}${cite()}`, ...Array.from({ length: rng.int(...sentences) }, () => sentence(rng, cite))].join(' ');
}

/**
 * A synthetic portrait body in the shape of the writing guide (src/schemas/portrait.ts): a lead without a heading,
 * then the portrait sections in their order, every sentence with a citation of the profile's sources (about
 * 350–600 words of plain Markdown like the real profiles: no MDX syntax). The validator has nothing to warn about.
 */
export function profileBody(place: Place, themes: readonly ThemeId[], sourceIds: readonly string[], rng: Rng): string {
	let next = 0;
	const cite: Cite = () => `[^${sourceIds[next++ % sourceIds.length]}]`;
	const labels = themes.map(themeLabel).join(', ');
	const lead = paragraph(
		rng,
		cite,
		`${place.name} liegt in ${place.state} und hat rund ${place.population.toLocaleString('de-DE')} Einwohnerinnen und Einwohner.`,
		[1, 2],
	);
	const sections: [string, string[]][] = [
		['Digitale Agenda', [paragraph(rng, cite, `Die Strategie von ${place.name} beschreibt Ziele für Verwaltung, Infrastruktur und Teilhabe.`)]],
		['Steuerung', [paragraph(rng, cite, `Die Steuerung der Digitalisierung ist in ${place.name} in der Verwaltung verankert.`)]],
		['Partnernetzwerk', [paragraph(rng, cite, `In ${place.name} arbeiten Verwaltung, Stadtwerke und Hochschulen an gemeinsamen Vorhaben.`, [2, 4])]],
		[
			'Themen und Projekte',
			[
				paragraph(rng, cite, `Die Schwerpunkte der Digitalisierung in ${place.name} sind ${labels}.`),
				paragraph(rng, cite, `Für die kommenden Jahre nennt ${place.name} weitere Projekte im Themenfeld ${themeLabel(rng.pick(themes))}.`),
			],
		],
		['Quellenlage', [`Die Angaben stammen aus den Veröffentlichungen der Stadt ${place.name} und ihrer Partner.${cite()}`]],
	];
	return [`${lead}\n`, ...sections.map(([title, paragraphs]) => `## ${title}\n\n${paragraphs.join('\n\n')}\n`)].join('\n');
}
