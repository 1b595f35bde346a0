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
