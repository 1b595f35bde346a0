import type { AgendaStatus, OrganisationKind, PartnerKind } from '../schemas/city';

/** Every German UI string of the site lives here. */
export const AGENDA_LABELS: Record<AgendaStatus, string> = {
	beschlossen: 'beschlossen',
	'in-erarbeitung': 'in Erarbeitung',
	keine: 'keine',
	unbekannt: 'nicht bekannt',
};

export const ORGANISATION_LABELS: Record<OrganisationKind, string> = {
	cdo: 'Chief Digital Officer (CDO)',
	stabsstelle: 'Stabsstelle',
	amt: 'Amt / Fachbereich',
	referat: 'Referat / Dezernat',
	gesellschaft: 'Gesellschaft (GmbH o. Ä.)',
	projektgruppe: 'Projektgruppe',
	beirat: 'Beirat / Lenkungskreis',
	sonstige: 'sonstige Stelle',
};

export const PARTNER_LABELS: Record<PartnerKind, string> = {
	'kommunales-unternehmen': 'Kommunale Unternehmen',
	wissenschaft: 'Wissenschaft',
	wirtschaft: 'Wirtschaft',
	zivilgesellschaft: 'Zivilgesellschaft',
	verwaltung: 'Verwaltung',
	verband: 'Verbände',
	'land-bund': 'Land und Bund',
};

export const LIST_LABELS = { partners: 'Partnernetzwerk', projects: 'Projekte', themes: 'Themen' } as const;

export const t = {
	siteTagline: 'Digitale Agenden, Organisation und Projekte deutscher Smart Cities',
	skipLink: 'Zum Inhalt springen',
	nav: {
		label: 'Hauptnavigation',
		home: 'Start',
		cities: 'Städte',
		themes: 'Themen',
		map: 'Karte',
		search: 'Suche',
		data: 'Daten',
		about: 'Über',
	},
	breadcrumb: 'Brotkrumennavigation',
	unknown: 'nicht bekannt',
	noneInSources: 'Die ausgewerteten Quellen nennen keine.',
	updated: 'Stand',
	factBox: 'Steckbrief',
	agenda: 'Digitale Agenda',
	agenda2019: 'Stand im Atlas 2019 (März 2019)',
	agendaTitle: 'Titel',
	agendaYear: 'Jahr',
	agendaDocument: 'Dokument',
	organisation: 'Steuerung der Digitalisierung',
	since: 'seit',
	reportsTo: 'angebunden an',
	partners: 'Partnernetzwerk',
	themes: 'Themen',
	projects: 'Projekte',
	modellprojekt: 'Modellprojekt Smart Cities',
	modellprojektRound: (round: number) => `Förderstaffel ${round}`,
	modellprojektNone: 'nicht in den Förderstaffeln 2019–2021 genannt',
	smartCityIndex: 'Bitkom Smart City Index',
	smartCityIndexNone: 'keine Platzierung in den Quellen',
	rank: (rank: number, of?: number) => (of ? `Platz ${rank} von ${of}` : `Platz ${rank}`),
	points: (score: number) => `${score.toLocaleString('de-DE')} Punkte`,
	otherSources: 'nach weiteren Quellen um 2019, nicht aus dem Atlas-Steckbrief',
	website: 'Website der Stadt',
	sources: 'Quellen',
	portrait: 'Porträt',
	state: 'Land',
	name: 'Stadt',
	status: 'Digitale Agenda',
	atlasCity: 'Stadt des Smart-City-Atlas 2019',
	cityCount: (n: number) => (n === 1 ? '1 Stadt' : `${n} Städte`),
} as const;
