/**
 * The site's German UI strings: one flat dictionary of keys (`'nav.home'`) and texts; an entry with
 * parameters is a function. Look them up with `t(key, ...args)` from src/i18n/index.ts; components,
 * pages and exports resolve labels of ids (agenda status, organisation and partner kinds) here at render
 * time. An English interface would add an `en.ts` with the same keys.
 *
 * The browser scripts of the map, the search and the city list filter import only their part
 * (`mapStrings`, `searchStrings`, `filterStrings`), so their bundles do not carry the whole dictionary.
 * These parts must stay plain data (no imports).
 */

/** Map (/karte/ and the compact map on the start page). */
export const mapStrings = {
	'map.title': 'Karte',
	'map.description': (n: number) => `Alle ${n} Städte des Smart-City-Atlas auf einer Karte, filterbar nach Thema und Stand der digitalen Agenda.`,
	'map.intro':
		'Die Karte zeigt jede Stadt des Atlas mit dem heute bekannten Stand ihrer digitalen Agenda. Die Filter grenzen Karte und Liste nach Themen und Agenda-Stand ein; die Adresse der Seite merkt sich die Auswahl, so dass sich eine gefilterte Karte verlinken lässt.',
	'map.region': 'Karte der Städte',
	'map.hint':
		'Tastatur: Tab springt von Stadt zu Stadt, Enter oder Leertaste öffnet die Angaben, Escape schließt sie. Pfeiltasten verschieben die Karte, Plus und Minus zoomen.',
	'map.noScript': 'Die Karte braucht JavaScript.',
	'map.loading': 'Die Karte wird geladen …',
	'map.noScriptList': 'Alle Städte stehen in der Liste unter der Karte.',
	'map.noScriptCompact': 'Alle Städte stehen in der',
	'map.cityListLink': 'Liste aller Städte',
	'map.loadError': 'Die Karte konnte nicht geladen werden. Alle Städte stehen in der Liste.',
	'map.fullMap': 'Zur großen Karte mit Filtern',
	'map.legend': 'Stand der digitalen Agenda',
	'map.filters': 'Filter',
	'map.filterThemes': 'Themen',
	'map.filterThemesHint': 'Städte mit mindestens einem der gewählten Themen',
	'map.filterStatus': 'Digitale Agenda',
	'map.reset': 'Filter zurücksetzen',
	'map.count': (shown: number, total: number) =>
		shown === total
			? `Alle ${total} Städte werden angezeigt.`
			: shown === 0
				? 'Keine Stadt passt zu den gewählten Filtern.'
				: `${shown} von ${total} Städten werden angezeigt.`,
	'map.listHeading': 'Städte nach Land',
	'map.popupState': 'Land',
	'map.popupStatus': 'Digitale Agenda',
	'map.popupThemes': 'Themen',
	'map.popupLink': (name: string) => `Porträt von ${name}`,
	'map.zoomIn': 'Hineinzoomen',
	'map.zoomOut': 'Herauszoomen',
	'map.closePopup': 'Angaben schließen',
	'map.attribution': 'Umrisse: <a href="https://www.naturalearthdata.com/">Natural Earth</a>',
	'map.leaflet': '<a href="https://leafletjs.com/">Leaflet</a>',
	'map.tiles.heading': 'Kartenhintergrund',
	'map.tiles.explain': (provider: string, host: string) =>
		`Die Karte zeigt Umrisse aus Natural Earth, die mit dieser Website ausgeliefert werden; dabei werden keine Daten an Dritte übertragen. Auf Wunsch lädt sie einen detaillierten Hintergrund von ${provider}. Dann erhält ${provider} (${host}) Ihre IP-Adresse, Angaben zum Browser und den gezeigten Kartenausschnitt. Die Wahl wird nur in diesem Browser gespeichert (localStorage) und lässt sich hier jederzeit widerrufen.`,
	'map.tiles.load': (provider: string) => `Kartenhintergrund von ${provider} laden`,
	'map.tiles.revoke': (provider: string) => `Kartenhintergrund von ${provider} nicht mehr laden`,
	'map.tiles.osmAttribution': '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>-Mitwirkende',
} as const;

/** Search (/suche/ and the search box in the header). */
export const searchStrings = {
	'search.title': 'Suche',
	'search.description': 'Volltextsuche in den Porträts und Themenseiten des Smart-City-Atlas, filterbar nach Thema, Land und Stand der digitalen Agenda.',
	'search.intro':
		'Durchsuchen Sie die Porträts der Städte und die Themenseiten. Die Filter grenzen die Treffer nach Thema, Land und Stand der digitalen Agenda ein – auch ohne Suchbegriff. Die Adresse der Seite enthält Suchbegriff und Filter, so dass sich jede Suche verlinken lässt.',
	'search.noScript': 'Die Suche braucht JavaScript.',
	'search.noScriptAlternatives': 'Ohne JavaScript finden Sie alle Städte in der',
	'search.noScriptCities': 'Liste der Städte',
	'search.noScriptOr': 'und alle Handlungsfelder in der',
	'search.noScriptThemes': 'Übersicht der Themen',
	'search.form': 'Atlas durchsuchen',
	'search.field': 'Suchbegriff',
	'search.fieldHint': 'Zum Beispiel Datenplattform, Glasfaser oder Bürgerportal. Pfeiltaste nach unten springt zu den Treffern.',
	'search.submit': 'Suchen',
	'search.filters': 'Filter',
	'search.filtersHint': 'Mehrere Werte in einem Filter: Treffer mit mindestens einem davon.',
	'search.facets.thema': 'Thema',
	'search.facets.bundesland': 'Land',
	'search.facets.agenda': 'Digitale Agenda',
	'search.countSuffix': 'Treffer',
	'search.reset': 'Suche und Filter zurücksetzen',
	'search.results': 'Treffer',
	'search.idle': 'Geben Sie einen Suchbegriff ein oder wählen Sie einen Filter.',
	'search.loading': 'Suche wird geladen …',
	'search.loadError': 'Die Suche konnte nicht geladen werden. Alle Städte stehen in der Liste der Städte.',
	'search.devNoIndex':
		'Vorschau mit npm run dev: Den Suchindex gibt es erst nach einem Build (npm run build, dann npm run preview); hier findet die Suche deshalb nichts.',
	'search.count': (n: number) => (n === 0 ? 'Keine Treffer.' : n === 1 ? '1 Treffer.' : `${n} Treffer.`),
	'search.shown': (shown: number, total: number) => `Angezeigt: ${shown} von ${total}.`,
	'search.more': 'Weitere Treffer anzeigen',
	'search.themePage': 'Themenseite',
	'search.agenda': 'Digitale Agenda',
	'search.themes': 'Themen',
	'search.header.label': 'Suche',
	'search.header.landmark': 'Website durchsuchen',
	'search.header.submit': 'Suchen',
} as const;

/** The filter above the city list (src/components/filter/). */
export const filterStrings = {
	'filter.text': 'Stadt oder Land',
	'filter.theme': 'Thema',
	'filter.status': 'Digitale Agenda',
	'filter.all': 'alle',
	'filter.count': (shown: number, total: number) => (shown === total ? `Alle ${total} Städte angezeigt.` : `${shown} von ${total} Städten angezeigt.`),
} as const;

/** Everything rendered on the server only: pages, components, the data exports. */
const pageStrings = {
	siteTagline: 'Digitale Agenden, Organisation und Projekte deutscher Smart Cities',
	skipLink: 'Zum Inhalt springen',
	'nav.label': 'Hauptnavigation',
	'nav.home': 'Start',
	'nav.cities': 'Städte',
	'nav.themes': 'Themen',
	'nav.map': 'Karte',
	'nav.search': 'Suche',
	'nav.data': 'Daten',
	'nav.about': 'Über',
	breadcrumb: 'Brotkrumennavigation',
	unknown: 'nicht bekannt',
	noOrganisation: 'Die ausgewerteten Quellen nennen keine steuernde Stelle.',
	noPartners: 'Die ausgewerteten Quellen nennen keine Partner.',
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

	// Labels of the ids in profiles and records.
	'agenda.status.beschlossen': 'beschlossen',
	'agenda.status.in-erarbeitung': 'in Erarbeitung',
	'agenda.status.keine': 'keine',
	'agenda.status.unbekannt': 'nicht bekannt',
	'organisation.kind.cdo': 'Chief Digital Officer (CDO)',
	'organisation.kind.stabsstelle': 'Stabsstelle',
	'organisation.kind.amt': 'Amt / Fachbereich',
	'organisation.kind.referat': 'Referat / Dezernat',
	'organisation.kind.gesellschaft': 'Gesellschaft (GmbH o. Ä.)',
	'organisation.kind.projektgruppe': 'Projektgruppe',
	'organisation.kind.beirat': 'Beirat / Lenkungskreis',
	'organisation.kind.sonstige': 'sonstige Stelle',
	'partner.kind.kommunales-unternehmen': 'Kommunale Unternehmen',
	'partner.kind.wissenschaft': 'Wissenschaft',
	'partner.kind.wirtschaft': 'Wirtschaft',
	'partner.kind.zivilgesellschaft': 'Zivilgesellschaft',
	'partner.kind.verwaltung': 'Verwaltung',
	'partner.kind.verband': 'Verbände',
	'partner.kind.land-bund': 'Land und Bund',
	'list.partners': 'Partnernetzwerk',
	'list.projects': 'Projekte',
	'list.themes': 'Themen',

	// Footer, key figures and charts of the start page, project lists.
	'footer.label': 'Rechtliches und Informationen',
	'footer.code': 'Quellcode',
	'footer.about': (siteTitle: string) =>
		`${siteTitle}: ein unabhängiges Open-Source-Projekt nach dem Vorbild des Bitkom Smart-City-Atlas (2019). Texte und Daten unter CC BY 4.0, Koordinaten nach GeoNames (CC BY 4.0).`,
	'figures.cities': 'Städte im Atlas',
	'figures.states': 'Bundesländer',
	'figures.now-beschlossen': 'mit beschlossener digitaler Agenda (heute)',
	'figures.now-in-erarbeitung': 'mit Agenda in Erarbeitung (heute)',
	'figures.2019-beschlossen': 'mit beschlossener Agenda im März 2019',
	'figures.2019-in-erarbeitung': 'mit Agenda in Erarbeitung im März 2019',
	'figures.modellprojekte': 'Modellprojekte Smart Cities des Bundes',
	'charts.themes': 'Städte je Thema',
	'charts.theme': 'Thema',
	'charts.status': (atlasCities: number) => `Digitale Agenda der ${atlasCities} Atlas-Städte: März 2019 und heute`,
	'charts.statusHeader': 'Stand der Agenda',
	'charts.march2019': 'März 2019',
	'charts.today': 'heute',
	'charts.states': 'Städte je Bundesland',
	'charts.state': 'Bundesland',
	'chart.count': 'Anzahl',
	'chart.table': 'Zahlen als Tabelle',
	'project.theme': 'Thema:',

	// Open data (/daten/ and the export files).
	'data.title': 'Offene Daten',
	'data.description': 'Alle Städte des Smart-City-Atlas als JSON, GeoJSON und CSV, dazu das JSON Schema des Profilformats – frei nutzbar unter CC BY 4.0.',
	'data.datasetTitle': 'Smart-City-Atlas: Städte',
	'data.datasetDescription': 'Digitale Agenda, Organisation, Partnernetzwerk, Themen und Projekte deutscher Smart Cities, mit Quellen.',
	'data.licenseName': 'CC BY 4.0',
	'data.licenseUrl': 'https://creativecommons.org/licenses/by/4.0/deed.de',
	'data.coordinatesSource': 'GeoNames',
	'data.coordinatesSourceUrl': 'https://www.geonames.org/',
	'data.yes': 'ja',
	'data.no': 'nein',
	'data.listSeparator': '; ',
	/** The attribution users of the data should give. */
	'data.attribution': (siteTitle: string, siteUrl: string) => `${siteTitle} (${siteUrl}), CC BY 4.0`,
	'data.coordinatesAttribution': 'Koordinaten: GeoNames (https://www.geonames.org/), CC BY 4.0',

	// Editor components (src/components/editor/), usable in a portrait's MDX.
	'editor.note': 'Hinweis',
} as const;

/** The one dictionary: every key of the site. */
export const de = { ...pageStrings, ...mapStrings, ...searchStrings, ...filterStrings } as const;
