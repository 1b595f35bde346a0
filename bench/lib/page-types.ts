import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface PageType {
	id: string;
	label: string;
	/** URL path a visitor requests. */
	path: string;
	/** File in the built site that must exist for the page type to be measured. */
	file: string;
}

const page = (id: string, label: string, path: string): PageType => ({ id, label, path, file: `${path.slice(1)}index.html` });

/** The page types the benchmark measures; each is skipped when the built site lacks it. */
export const PAGE_TYPES: readonly PageType[] = [
	page('start', 'Start /', '/'),
	page('cities', 'Städte /staedte/', '/staedte/'),
	page('portrait', 'Porträt /staedte/koeln/', '/staedte/koeln/'),
	page('theme', 'Thema /themen/mobilitaet/', '/themen/mobilitaet/'),
	page('state', 'Land /bundeslaender/bayern/', '/bundeslaender/bayern/'),
	page('map', 'Karte /karte/', '/karte/'),
	page('search', 'Suche /suche/', '/suche/'),
	page('data', 'Daten /daten/', '/daten/'),
	page('about', 'Über /ueber/', '/ueber/'),
	{ id: '404', label: '404 (unbekannte Adresse)', path: '/gibt-es-nicht/', file: '404.html' },
];

export function splitByPresence(dist: string, types: readonly PageType[] = PAGE_TYPES): { present: PageType[]; missing: PageType[] } {
	const present = types.filter((type) => existsSync(join(dist, type.file)));
	return { present, missing: types.filter((type) => !present.includes(type)) };
}
