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

function sentence(rng: Rng): string {
	return `${rng.pick(SUBJECTS)} ${rng.pick(VERBS)} ${rng.pick(CLAUSES)} ${rng.pick(OBJECTS)}.`;
}

function paragraph(rng: Rng, lead: string): string {
	return [lead, ...Array.from({ length: rng.int(4, 6) }, () => sentence(rng))].join(' ');
}

/** A synthetic portrait body (about 350–600 words, plain Markdown like the real profiles: no MDX syntax). */
export function profileBody(place: Place, themes: readonly ThemeId[], rng: Rng): string {
	const labels = themes.map(themeLabel).join(', ');
	const sections: [string, string[]][] = [
		[
			'Überblick',
			[
				paragraph(rng, `${place.name} liegt in ${place.state} und hat rund ${place.population.toLocaleString('de-DE')} Einwohnerinnen und Einwohner.`),
				paragraph(rng, `Die Schwerpunkte der Digitalisierung in ${place.name} sind ${labels}.`),
			],
		],
		['Digitale Agenda', [paragraph(rng, `Die Strategie von ${place.name} beschreibt Ziele für Verwaltung, Infrastruktur und Teilhabe.`)]],
		['Organisation', [paragraph(rng, `Die Steuerung der Digitalisierung ist in ${place.name} in der Verwaltung verankert.`)]],
		[
			'Projekte',
			[
				paragraph(rng, `Mehrere Vorhaben zeigen, wie ${place.name} digitale Werkzeuge im Alltag einsetzt.`),
				paragraph(rng, `Für die kommenden Jahre nennt ${place.name} weitere Projekte im Themenfeld ${themeLabel(rng.pick(themes))}.`),
			],
		],
	];
	return sections.map(([title, paragraphs]) => `## ${title}\n\n${paragraphs.join('\n\n')}\n`).join('\n');
}
