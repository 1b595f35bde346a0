import type { AgendaStatus } from '../schemas/city';
import type { ThemeId } from '../schemas/themes';

/**
 * Figures published with the Bitkom Smart-City-Atlas of 19 March 2019 (Bitkom press release as reported by
 * mafo.com and ibusiness.de; behoerden-spiegel.de; Fraunhofer IESE blog).
 * They are quoted on /ueber/ beside the same figures computed from our profiles.
 */
export const ATLAS_2019 = {
	cities: 50,
	states: 16,
	mittelstaedte: 13,
	/** Cities per Land as published; the other 11 Länder together had 12 cities. */
	citiesByState: { 'Nordrhein-Westfalen': 15, 'Baden-Württemberg': 8, Bayern: 7, Niedersachsen: 5, Sachsen: 3 } as Record<string, number>,
	otherStates: { states: 11, cities: 12 },
	/** Digital agenda status as published: 19 adopted, 29 in preparation, 2 neither or not stated. */
	agenda: { beschlossen: 19, 'in-erarbeitung': 29, rest: 2 } satisfies Partial<Record<AgendaStatus, number>> & { rest: number },
	/** Share of cities working on a theme, in per cent. */
	themeShares: [
		{ id: 'verwaltung', percent: 98 },
		{ id: 'mobilitaet', percent: 92 },
		{ id: 'energie-umwelt', percent: 86 },
	] satisfies { id: ThemeId; percent: number }[],
	/** Themes of the cities' own lighthouse projects, in per cent of cities. */
	projectThemeShares: [
		{ id: 'verwaltung', percent: 74 },
		{ id: 'mobilitaet', percent: 60 },
		{ id: 'datenplattform', percent: 36 },
	] satisfies { id: ThemeId; percent: number }[],
} as const;

export const ATLAS_PARTNERS = [
	'bee smart city GmbH',
	'Capgemini',
	'Dell EMC',
	'Deutsche Telekom',
	'EY',
	'Esri Deutschland',
	'FIWARE Foundation',
	'Fujitsu',
	'Hewlett Packard Enterprise',
	'Mastercard Europe',
	'PwC',
	'Robert Bosch',
	'Stadtwerke München',
] as const;

/** Germany's Städte (municipalities with town rights), Destatis, as of 31 December 2017, as the press report on the atlas gives it. */
export const GERMAN_CITIES_2017 = 2061;

/**
 * The published sources of the atlas-wide facts on /ueber/ and the start page. The press report of March
 * 2019 that the project was founded on is cited without an address: none is known.
 */
export const ATLAS_SOURCES = [
	{
		id: 'mafo-2019',
		title: '50 deutsche Städte sind auf dem Weg zur Smart City (mafo.com nach der Bitkom-Pressemitteilung, 19.03.2019)',
		url: 'https://www.mafo.com/news/50-deutsche-staedte-sind-auf-dem-weg-zur-smart-city/',
	},
	{
		id: 'ibusiness-2019',
		title: 'Smart-City-Atlas: Schwerpunkte auf Verwaltung, Mobilität, Energie und Umwelt (ibusiness.de, März 2019)',
		url: 'https://www.ibusiness.de/aktuell/db/002319cr.html',
	},
	{
		id: 'behoerden-spiegel-2019',
		title: '50 Städte im Smart City-Atlas (Behörden Spiegel, 22.03.2019)',
		url: 'https://www.behoerden-spiegel.de/2019/03/22/50-staedte-im-smart-city-atlas/',
	},
	{ id: 'pressebericht-2019', title: 'Pressebericht zum Bitkom Smart-City-Atlas (März 2019; Gründungstext dieses Projekts, ohne bekannte Adresse)' },
] as const satisfies readonly { id: string; title: string; url?: string }[];
