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
	lighthouseProjects: 'Leuchtturmprojekte',
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

// --- Offene Daten (/daten/ and the export files) -------------------------------------------------------
export const DATA_TEXTS = {
	title: 'Offene Daten',
	description: 'Alle Städte des Smart-City-Atlas als JSON, GeoJSON und CSV, dazu das JSON Schema des Profilformats – frei nutzbar unter CC BY 4.0.',
	datasetTitle: 'Smart-City-Atlas: Städte',
	datasetDescription: 'Digitale Agenda, Organisation, Partnernetzwerk, Themen und Projekte deutscher Smart Cities, mit Quellen.',
	licenseName: 'CC BY 4.0',
	licenseUrl: 'https://creativecommons.org/licenses/by/4.0/deed.de',
	coordinatesSource: 'GeoNames',
	coordinatesSourceUrl: 'https://www.geonames.org/',
	yes: 'ja',
	no: 'nein',
	listSeparator: '; ',
	/** The attribution users of the data should give. */
	attribution: (siteTitle: string, siteUrl: string) => `${siteTitle} (${siteUrl}), CC BY 4.0`,
	coordinatesAttribution: 'Koordinaten: GeoNames (https://www.geonames.org/), CC BY 4.0',
} as const;

/* ---------------------------------------------------------------------------------------------
 * Map (/karte/ and the compact map on the start page). Used by src/components/map/** in the
 * browser too, so this block must stay plain data (no imports).
 * ------------------------------------------------------------------------------------------- */

/** Symbols of the agenda status, as in StatusBadge: the status never relies on colour alone. */
export const AGENDA_SYMBOLS: Record<AgendaStatus, string> = { beschlossen: '✓', 'in-erarbeitung': '◐', keine: '–', unbekannt: '?' };

export const mapText = {
	title: 'Karte',
	description: (n: number) => `Alle ${n} Städte des Smart-City-Atlas auf einer Karte, filterbar nach Thema und Stand der digitalen Agenda.`,
	intro:
		'Die Karte zeigt jede Stadt des Atlas mit dem heute bekannten Stand ihrer digitalen Agenda. Die Filter grenzen Karte und Liste nach Themen und Agenda-Stand ein; die Adresse der Seite merkt sich die Auswahl, so dass sich eine gefilterte Karte verlinken lässt.',
	region: 'Karte der Städte',
	hint: 'Tastatur: Tab springt von Stadt zu Stadt, Enter oder Leertaste öffnet die Angaben, Escape schließt sie. Pfeiltasten verschieben die Karte, Plus und Minus zoomen.',
	noScript: 'Die Karte braucht JavaScript.',
	loading: 'Die Karte wird geladen …',
	noScriptList: 'Alle Städte stehen in der Liste unter der Karte.',
	noScriptCompact: 'Alle Städte stehen in der',
	cityListLink: 'Liste aller Städte',
	loadError: 'Die Karte konnte nicht geladen werden. Alle Städte stehen in der Liste.',
	fullMap: 'Zur großen Karte mit Filtern',
	legend: 'Stand der digitalen Agenda',
	filters: 'Filter',
	filterThemes: 'Themen',
	filterThemesHint: 'Städte mit mindestens einem der gewählten Themen',
	filterStatus: 'Digitale Agenda',
	reset: 'Filter zurücksetzen',
	count: (shown: number, total: number) =>
		shown === total
			? `Alle ${total} Städte werden angezeigt.`
			: shown === 0
				? 'Keine Stadt passt zu den gewählten Filtern.'
				: `${shown} von ${total} Städten werden angezeigt.`,
	listHeading: 'Städte nach Land',
	popupState: 'Land',
	popupStatus: 'Digitale Agenda',
	popupThemes: 'Themen',
	popupLink: (name: string) => `Porträt von ${name}`,
	zoomIn: 'Hineinzoomen',
	zoomOut: 'Herauszoomen',
	closePopup: 'Angaben schließen',
	attribution: 'Umrisse: <a href="https://www.naturalearthdata.com/">Natural Earth</a>',
	leaflet: '<a href="https://leafletjs.com/">Leaflet</a>',
	tiles: {
		heading: 'Kartenhintergrund',
		explain: (provider: string, host: string) =>
			`Die Karte zeigt Umrisse aus Natural Earth, die mit dieser Website ausgeliefert werden; dabei werden keine Daten an Dritte übertragen. Auf Wunsch lädt sie einen detaillierten Hintergrund von ${provider}. Dann erhält ${provider} (${host}) Ihre IP-Adresse, Angaben zum Browser und den gezeigten Kartenausschnitt. Die Wahl wird nur in diesem Browser gespeichert (localStorage) und lässt sich hier jederzeit widerrufen.`,
		load: (provider: string) => `Kartenhintergrund von ${provider} laden`,
		revoke: (provider: string) => `Kartenhintergrund von ${provider} nicht mehr laden`,
		osmAttribution: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>-Mitwirkende',
	},
} as const;

/* ---------------------------------------------------------------------------------------------
 * Search (/suche/ and the search box in the header). Used by src/components/search/** in the
 * browser too, so this block must stay plain data (no imports).
 * ------------------------------------------------------------------------------------------- */
export const searchText = {
	title: 'Suche',
	description:
		'Volltextsuche in den Porträts und Themenseiten des Smart-City-Atlas, filterbar nach Thema, Land und Stand der digitalen Agenda.',
	intro:
		'Durchsuchen Sie die Porträts der Städte und die Themenseiten. Die Filter grenzen die Treffer nach Thema, Land und Stand der digitalen Agenda ein – auch ohne Suchbegriff. Die Adresse der Seite enthält Suchbegriff und Filter, so dass sich jede Suche verlinken lässt.',
	noScript: 'Die Suche braucht JavaScript.',
	noScriptAlternatives: 'Ohne JavaScript finden Sie alle Städte in der',
	noScriptCities: 'Liste der Städte',
	noScriptOr: 'und alle Handlungsfelder in der',
	noScriptThemes: 'Übersicht der Themen',
	form: 'Atlas durchsuchen',
	field: 'Suchbegriff',
	fieldHint: 'Zum Beispiel Datenplattform, Glasfaser oder Bürgerportal. Pfeiltaste nach unten springt zu den Treffern.',
	submit: 'Suchen',
	filters: 'Filter',
	filtersHint: 'Mehrere Werte in einem Filter: Treffer mit mindestens einem davon.',
	facets: { thema: 'Thema', bundesland: 'Land', agenda: 'Digitale Agenda' },
	countSuffix: 'Treffer',
	reset: 'Suche und Filter zurücksetzen',
	results: 'Treffer',
	idle: 'Geben Sie einen Suchbegriff ein oder wählen Sie einen Filter.',
	loading: 'Suche wird geladen …',
	loadError: 'Die Suche konnte nicht geladen werden. Alle Städte stehen in der Liste der Städte.',
	devNoIndex:
		'Vorschau mit npm run dev: Den Suchindex gibt es erst nach einem Build (npm run build, dann npm run preview); hier findet die Suche deshalb nichts.',
	count: (n: number) => (n === 0 ? 'Keine Treffer.' : n === 1 ? '1 Treffer.' : `${n} Treffer.`),
	shown: (shown: number, total: number) => `Angezeigt: ${shown} von ${total}.`,
	more: 'Weitere Treffer anzeigen',
	themePage: 'Themenseite',
	agenda: 'Digitale Agenda',
	themes: 'Themen',
	header: { label: 'Suche', landmark: 'Website durchsuchen', submit: 'Suchen' },
} as const;

/* --- Editor components (src/components/editor/), usable in a portrait's MDX ------------------------ */
export const EDITOR_LABELS = {
	note: 'Hinweis',
} as const;

/** The filter above the city list (`src/components/filter/`). */
export const tableFilterText = {
	text: 'Stadt oder Land',
	theme: 'Thema',
	status: 'Digitale Agenda',
	all: 'alle',
	count: (shown: number, total: number) => (shown === total ? `Alle ${total} Städte angezeigt.` : `${shown} von ${total} Städten angezeigt.`),
} as const;
