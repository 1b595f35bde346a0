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
	'map.description': (n: number) => `Alle ${n} Städte des Smart-City-Atlas auf einer Karte, filterbar nach Thema, Bundesland und Status der digitalen Agenda.`,
	'map.intro':
		'Die Karte zeigt jede Stadt mit dem heute bekannten Status ihrer digitalen Agenda. Die Filter grenzen Karte und Liste nach Bundesland, Status, Themen und Aufnahme in den Atlas ein; die Adresse der Seite merkt sich die Auswahl, so dass sich eine gefilterte Karte verlinken lässt. Wo viele Städte dicht beieinander liegen, fasst die Karte sie zu Gruppen zusammen; ein Klick oder die Eingabetaste auf eine Gruppe vergrößert die Karte dort.',
	'map.region': 'Karte der Städte',
	'map.hint':
		'Tastatur: Tab springt von Stadt zu Stadt, Enter oder Leertaste öffnet die Angaben einer Stadt oder vergrößert eine Gruppe, Escape schließt die Angaben. Pfeiltasten verschieben die Karte, Plus und Minus zoomen.',
	'map.noScript': 'Die Karte braucht JavaScript.',
	'map.loading': 'Die Karte wird geladen …',
	'map.noScriptList': 'Alle Städte stehen in der',
	'map.noScriptStates': 'Nach Bundesland:',
	'map.noScriptListBelow': 'Die Liste der Städte und die Seiten der Bundesländer sind unter der Karte verlinkt.',
	'map.noScriptCompact': 'Alle Städte stehen in der',
	'map.cityListLink': 'Liste aller Städte',
	'map.loadError': 'Die Karte konnte nicht geladen werden. Alle Städte stehen in der Liste der Städte.',
	'map.fullMap': 'Zur großen Karte mit Filtern',
	'map.legend': 'Status der digitalen Agenda',
	'map.filters': 'Filter',
	'map.filterThemes': 'Themen',
	'map.filterThemesHint': 'Städte mit mindestens einem der gewählten Themen',
	'map.filterStatus': 'Status der digitalen Agenda',
	'map.filterState': 'Bundesland',
	'map.allStates': 'Alle Bundesländer',
	'map.filterAtlas': 'Aufnahme in den Atlas',
	'map.atlas.all': 'alle Städte',
	'map.atlas.2019': 'Städte des Atlas 2019',
	'map.atlas.neu': 'später aufgenommen',
	'map.withCount': (label: string, n: number) => `${label} (${n})`,
	'map.filtersToggle': 'Filter',
	'map.filtersActive': (n: number) => (n === 0 ? '' : `(${n})`),
	'map.reset': 'Filter zurücksetzen',
	'map.count': (shown: number, total: number) =>
		shown === total
			? `Alle ${total} Städte werden angezeigt.`
			: shown === 0
				? 'Keine Stadt passt zu den gewählten Filtern.'
				: `${shown} von ${total} Städten werden angezeigt.`,
	'map.listHeading': 'Städte nach Bundesland',
	'map.group': (n: number, names: string, more: number) => `Gruppe von ${n} Städten: ${names}${more > 0 ? ` und ${more} weitere` : ''}. Vergrößern`,
	'map.groupZoomed': (n: number) => `Karte vergrößert auf eine Gruppe von ${n} Städten.`,
	'map.groupHere': (n: number) => `${n} Städte an diesem Ort`,
	'map.legendGroup': 'Gruppe (Zahl der Städte)',
	'map.legendPlace': 'weitere Stadt zur Orientierung',
	'map.popupState': 'Bundesland',
	'map.popupStatus': 'Status der digitalen Agenda',
	'map.popupThemes': 'Themen',
	'map.popupLink': (name: string) => `Porträt von ${name}`,
	'map.zoomIn': 'Hineinzoomen',
	'map.zoomOut': 'Herauszoomen',
	'map.closePopup': 'Angaben schließen',
	'map.attribution':
		'Grenzen der Bundesländer: © <a href="https://www.bkg.bund.de">GeoBasis-DE / BKG 2018</a> (Daten verändert) · Umrisse: <a href="https://www.naturalearthdata.com/">Natural Earth</a> · Orte: <a href="https://www.geonames.org/">GeoNames</a>',
	'map.leaflet': '<a href="https://leafletjs.com/">Leaflet</a>',
	'map.tiles.heading': 'Kartenhintergrund',
	'map.tiles.explain': (provider: string, host: string) =>
			`Die Karte zeigt Grenzen des BKG und Umrisse aus Natural Earth, die mit dieser Website ausgeliefert werden; dabei werden keine Daten an Dritte übertragen. Auf Wunsch lädt sie einen detaillierten Hintergrund von ${provider}. Dann erhält ${provider} (${host}) Ihre IP-Adresse, Angaben zum Browser und den gezeigten Kartenausschnitt. Die Wahl wird nur in diesem Browser gespeichert (localStorage) und lässt sich hier jederzeit widerrufen.`,
	'map.tiles.loadGeneric': 'Detaillierten Kartenhintergrund laden',
	'map.tiles.revokeGeneric': 'Detaillierten Kartenhintergrund nicht mehr laden',
	'map.tiles.load': (provider: string) => `Kartenhintergrund von ${provider} laden`,
	'map.tiles.revoke': (provider: string) => `Kartenhintergrund von ${provider} nicht mehr laden`,
	'map.tiles.osmAttribution': '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>-Mitwirkende',
	// Labels of the ids in the marker file (/karte/staedte.json), resolved in the browser; the same texts as elsewhere (a unit test compares).
	'agenda.status.beschlossen': 'beschlossen',
	'agenda.status.in-erarbeitung': 'in Erarbeitung',
	'agenda.status.keine': 'keine',
	'agenda.status.unbekannt': 'nicht bekannt',
	'map.theme.verwaltung': 'Verwaltung',
	'map.theme.mobilitaet': 'Mobilität',
	'map.theme.energie-umwelt': 'Energie & Umwelt',
	'map.theme.gesundheit': 'Gesundheit',
	'map.theme.bildung': 'Bildung',
	'map.theme.handel': 'Handel',
	'map.theme.gesellschaft': 'Gesellschaft',
	'map.theme.sicherheit': 'Sicherheit',
	'map.theme.it-infrastruktur': 'IT-Infrastruktur',
	'map.theme.datenplattform': 'Datenplattform',
} as const;

/** Search (/suche/ and the search box in the header). */
export const searchStrings = {
	'search.title': 'Suche',
	'search.description':
		'Volltextsuche in den Porträts und Themenseiten des Smart-City-Atlas, filterbar nach Thema, Bundesland und Status der digitalen Agenda.',
	'search.intro':
		'Durchsuchen Sie die Porträts der Städte und die Themenseiten. Die Filter grenzen die Treffer nach Thema, Bundesland und Status der digitalen Agenda ein – auch ohne Suchbegriff. Die Adresse der Seite enthält Suchbegriff und Filter, so dass sich jede Suche verlinken lässt.',
	'search.noScript': 'Die Suche braucht JavaScript.',
	'search.noScriptAlternatives': 'Ohne JavaScript finden Sie alle Städte in der',
	'search.noScriptCities': 'Liste der Städte',
	'search.noScriptOr': 'und alle Themen in der',
	'search.noScriptThemes': 'Übersicht der Themen',
	'search.form': 'Atlas durchsuchen',
	'search.field': 'Suchbegriff',
	'search.fieldHint': 'Zum Beispiel Datenplattform, Glasfaser oder Bürgerportal. Pfeiltaste nach unten springt zu den Treffern.',
	'search.submit': 'Suchen',
	'search.filters': 'Filter',
	'search.filtersHint': 'Mehrere Werte in einem Filter: Treffer mit mindestens einem davon.',
	'search.facets.thema': 'Thema',
	'search.facets.bundesland': 'Bundesland',
	'search.facets.agenda': 'Status der digitalen Agenda',
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
	'search.agenda': 'Status der digitalen Agenda',
	'search.themes': 'Themen',
	'search.header.label': 'Suche',
	'search.header.landmark': 'Website durchsuchen',
	'search.header.submit': 'Suchen',
} as const;

/** The filter above the city list (src/components/filter/). */
export const filterStrings = {
	'filter.text': 'Stadt oder Bundesland',
	'filter.theme': 'Thema',
	'filter.status': 'Status der digitalen Agenda',
	'filter.all': 'alle',
	'filter.count': (shown: number, total: number) => (shown === total ? `Alle ${total} Städte angezeigt.` : `${shown} von ${total} Städten angezeigt.`),
} as const;

/** Everything rendered on the server only: pages, components, the data exports. */
const pageStrings = {
	'siteTagline': 'Digitale Agenden, Organisation und Projekte deutscher Smart Cities',
	'skipLink': 'Zum Inhalt springen',
	'nav.label': 'Hauptnavigation',
	'nav.home': 'Start',
	'nav.cities': 'Städte',
	'nav.themes': 'Themen',
	'nav.map': 'Karte',
	'nav.search': 'Suche',
	'nav.data': 'Daten',
	'nav.about': 'Über',
	'breadcrumb': 'Brotkrumennavigation',
	'unknown': 'nicht bekannt',
	'updated': 'Stand',
	'factBox': 'Steckbrief',
	'agenda': 'Digitale Agenda',
	'agenda2019': 'Status im Atlas 2019 (März 2019)',
	'agendaTitle': 'Titel',
	'agendaYear': 'Jahr des Beschlusses',
	'agendaYearStarted': 'Beginn der Arbeit',
	'agendaDraft': 'Nachfolger in Erarbeitung',
	'agendaDocument': 'Dokument',
	'organisation': 'Steuerung der Digitalisierung',
	'since': 'seit',
	'until': 'bis',
	'organisationShort': 'Steuerung',
	'reportsTo': 'angebunden an',
	'partners': 'Partnernetzwerk',
	'themes': 'Themen',
	'projects': 'Projekte',
	'lighthouseProjects': 'Leuchtturmprojekte',
	'modellprojekt': 'Modellprojekt Smart Cities',
	'modellprojektRound': (round: number) => `Förderstaffel ${round}`,
	'modellprojektPartner': (round: number) => `Partner in einem Modellprojekt der Förderstaffel ${round}`,
	'modellprojektNone': 'kein Modellprojekt in den Förderstaffeln 2019–2021',
	'smartCityIndex': 'Bitkom Smart City Index',
	'smartCityIndexNone': 'keine Platzierung bekannt',
	'rank': (rank: number, of?: number) => (of ? `Rang ${rank} von ${of}` : `Rang ${rank}`),
	'unknownRank': 'Rang nicht bekannt',
	'points': (score: number) => `${score.toLocaleString('de-DE')} Punkte`,
	'website': 'Website der Stadt',
	'sources': 'Quellen',
	'population': 'Einwohnerzahl',

	// Citations: source numbers after facts and sentences, the source list's links back.
	/** Hidden before a citation number: `[Quelle 3]` for screen readers, `[3]` on screen. */
	'cite.prefix': 'Quelle ',
	'cite.lead': 'Einleitung',
	'cite.citedAt': 'zitiert bei',
	'cite.backTo': (label: string) => `zurück zu: ${label}`,
	'derived': 'abgeleitet',
	'derived.hint': 'Diese Angabe steht so in keiner Quelle, sie folgt aus ihr:',
	'portrait': 'Porträt',
	'state': 'Bundesland',
	'name': 'Stadt',
	'status': 'Status der digitalen Agenda',
	'atlasCity': 'Stadt des Atlas 2019',
	'cityCount': (n: number) => (n === 1 ? '1 Stadt' : `${n} Städte`),

	// Labels of the ids in profiles and records (the agenda status is in mapStrings, the map needs it too).
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
	'modellprojekt.role.traeger': 'eigenes Modellprojekt (allein oder federführend)',
	'modellprojekt.role.partner': 'Partner im Modellprojekt einer anderen Stadt oder eines Verbunds',
	'index.category.verwaltung': 'Verwaltung',
	'index.category.it-kommunikation': 'IT und Kommunikation',
	'index.category.energie-umwelt': 'Energie und Umwelt',
	'index.category.mobilitaet': 'Mobilität',
	'index.category.gesellschaft': 'Gesellschaft',
	/** The index renamed the category in 2023. */
	'index.category.gesellschaft.2023': 'Gesellschaft und Bildung',
	'index.categoryResult': (label: string, rank?: number, score?: number) =>
		`${label}: ${[rank !== undefined ? `Rang ${rank}` : '', score !== undefined ? `${score.toLocaleString('de-DE')} Punkte` : ''].filter(Boolean).join(', ')}`,

	// Footer, key figures and charts of the start page, project lists.
	'footer.label': 'Rechtliches und Informationen',
	'footer.code': 'Quellcode',
	'footer.about': (siteTitle: string) =>
		`${siteTitle}: ein unabhängiges Open-Source-Projekt nach dem Vorbild des Bitkom Smart-City-Atlas (2019). Texte und Daten unter CC BY 4.0, Koordinaten nach GeoNames (CC BY 4.0).`,
	'figures.cities': 'Städte porträtiert',
	'figures.states': 'Bundesländer',
	'figures.now-beschlossen': 'mit beschlossener digitaler Agenda (heute)',
	'figures.now-in-erarbeitung': 'mit digitaler Agenda in Erarbeitung (heute)',
	'figures.modellprojekte': (atlasCities: number) => `der ${atlasCities} Städte des Atlas 2019 sind Modellprojekt Smart Cities des Bundes`,
	'figures.split2019': (atlasCities: number) => `Status der digitalen Agenda im März 2019 (${atlasCities} Städte des Atlas 2019)`,
	'figures.status': 'Status',
	'figures.published': 'veröffentlicht im Atlas 2019',
	'figures.researched': 'nach Recherche dieser Website',
	'figures.rest': 'keine oder nicht bekannt',
	'figures.splitNote':
		'Die linke Spalte gibt die Zahlen wieder, die der Atlas 2019 veröffentlicht hat; die rechte zählt den Status, den die Quellen der Porträts für März 2019 belegen. Wo keine Quelle den Stand von damals nennt, steht „nicht bekannt“.',
	'charts.themes': 'Städte je Thema',
	'charts.theme': 'Thema',
	'charts.status': (atlasCities: number) => `Status der digitalen Agenda der ${atlasCities} Städte des Atlas 2019: März 2019 und heute`,
	'charts.statusHeader': 'Status der digitalen Agenda',
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

	// The Bundesland mini-map (src/components/map/StateMiniMap.astro).
	'miniMap.label': (state: string, n: number) => `Karte von ${state} mit ${n === 1 ? 'der Stadt' : `den ${n} Städten`} des Atlas`,
	'miniMap.link': (state: string) => `${state} auf der großen Karte`,
	'miniMap.attribution': 'Grenzen: © GeoBasis-DE / BKG 2018 (Daten verändert)',

	// Names of the countries on the map's base layer (src/lib/basemap-source.ts), by ISO 3166-1 numeric code.
	'country.040': 'Österreich',
	'country.056': 'Belgien',
	'country.203': 'Tschechien',
	'country.208': 'Dänemark',
	'country.250': 'Frankreich',
	'country.348': 'Ungarn',
	'country.380': 'Italien',
	'country.442': 'Luxemburg',
	'country.528': 'Niederlande',
	'country.578': 'Norwegen',
	'country.616': 'Polen',
	'country.703': 'Slowakei',
	'country.705': 'Slowenien',
	'country.752': 'Schweden',
	'country.756': 'Schweiz',
	'country.826': 'Vereinigtes Königreich',
} as const;

/** The one dictionary: every key of the site. */
export const de = { ...pageStrings, ...mapStrings, ...searchStrings, ...filterStrings } as const;
