import type { CityRecord } from '../records';
import { countByStatus } from '../figures';
import { agendaLabel, t } from '../../i18n';
import { themeLabel } from '../../schemas/themes';
import type { Card } from './card';

/** The pages that have their own share image, by the folder of their URL. */
export type OgKind = 'staedte' | 'themen' | 'bundeslaender' | 'steuerung';

/** The folder of the share images (src/pages/vorschau/). */
export const OG_FOLDER = 'vorschau';
/** Site-relative path of a page's share image: `vorschau/staedte/koeln.png`; the site's own: `vorschau/atlas.png`. */
export const ogImagePath = (kind: OgKind, slug: string) => `${OG_FOLDER}/${kind}/${slug}.png`;
export const OG_DEFAULT_PATH = `${OG_FOLDER}/atlas.png`;

/** The light scheme's solid status colours (src/styles/tokens.css). */
const STATUS_COLOUR = { beschlossen: '#1c6b3a', 'in-erarbeitung': '#8a5300', keine: '#5a6270', unbekannt: '#5a6270' } as const;

export function portraitCard(record: CityRecord): Card {
	return {
		kicker: t('og.portrait', record.state),
		title: record.name,
		lines: [
			t('og.agenda', agendaLabel(record.status), record.agendaYear),
			...(record.indexRank && record.indexYear ? [t('og.index', record.indexRank, record.indexRankOf, record.indexYear)] : []),
		],
		footer: t('og.themes', record.themes.map(themeLabel).join(', ')),
		marker: STATUS_COLOUR[record.status],
	};
}

export function themeCard(label: string, description: string, cities: number, projects: number): Card {
	return { kicker: t('og.theme'), title: label, lines: [t('og.themeCities', cities), t('og.themeProjects', projects)], footer: description };
}

export function steeringCard(label: string, about: string, cities: number, units: number): Card {
	return { kicker: t('og.steering'), title: label, lines: [t('og.steeringCities', cities), t('og.steeringUnits', units)], footer: about };
}

export function stateCard(name: string, records: readonly CityRecord[]): Card {
	return {
		kicker: t('og.state'),
		title: name,
		lines: [t('og.stateCities', records.length), ...(records.length ? [t('og.stateAgenda', countByStatus(records, 'status').beschlossen)] : [])],
		footer: records.map((record) => record.name).join(', '),
	};
}

export function atlasCard(cities: number): Card {
	return { kicker: t('og.atlasKicker'), title: t('og.atlasTitle'), lines: [t('og.atlasLine', cities)] };
}
