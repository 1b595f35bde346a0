import type { CityData } from '../schemas/city';
import { agendaLabel, t } from '../i18n';
import { themeLabel } from '../schemas/themes';

/**
 * The portrait's comparison of March 2019 (the atlas) and today, derived from the profile's facts: the
 * agenda status (status2019 and status), the steering units by their founding and closing years, and the
 * partners and themes that the atlas portrait of 2019 (source `atlas-portraet`) states.
 */
export interface Since2019Row {
	id: 'status' | 'organisation' | 'partners' | 'themes';
	label: string;
	then: string;
	now: string;
	/** Whether today differs from 2019 as far as the facts tell. */
	changed: boolean;
}

/** The id of the atlas portrait of 2019 among a profile's sources (the scaffold and CONTRIBUTING.md use it). */
export const ATLAS_SOURCE_ID = 'atlas-portraet';

const names = (list: readonly string[]) => list.join(', ');
const withYear = (name: string, year: number | undefined) => (year === undefined ? name : `${name} (${year})`);

function organisationRow(city: CityData): Since2019Row {
	const units = city.organisation;
	const before = units.filter((unit) => unit.since !== undefined && unit.since < 2019 && !(unit.until !== undefined && unit.until < 2019));
	const founded = units.filter((unit) => unit.since !== undefined && unit.since >= 2019);
	const closed = units.filter((unit) => unit.until !== undefined && unit.until >= 2019);
	const undated = units.filter((unit) => unit.since === undefined);
	const then = before.length > 0 ? names(before.map((unit) => withYear(unit.name, unit.since))) : t('since2019.noDatedUnit');
	const parts = [
		t('since2019.units', units.length - closed.length),
		founded.length > 0 && t('since2019.founded', names(founded.map((unit) => withYear(unit.name, unit.since)))),
		closed.length > 0 && t('since2019.closed', names(closed.map((unit) => withYear(unit.name, unit.until)))),
		undated.length > 0 && t('since2019.undated', undated.length),
	].filter(Boolean);
	return { id: 'organisation', label: t('organisationShort'), then, now: parts.join('; '), changed: founded.length + closed.length > 0 };
}

function partnersRow(city: CityData, atlas: boolean): Since2019Row {
	const named = city.partners.filter((partner) => partner.refs.includes(ATLAS_SOURCE_ID));
	const others = city.partners.filter((partner) => !partner.refs.includes(ATLAS_SOURCE_ID));
	const then = !atlas
		? t('unknown')
		: named.length > 0
			? `${t('since2019.partners', named.length)}: ${names(named.map((partner) => partner.name))}`
			: t('compare.noneNamed');
	const now = [
		t('since2019.partners', city.partners.length),
		atlas && others.length > 0 && t('since2019.otherSources', names(others.map((partner) => partner.name))),
	]
		.filter(Boolean)
		.join('; ');
	// A soft hyphen: the narrow first column of a phone may break the long word.
	return { id: 'partners', label: t('partners').replace('netzwerk', '\u00ADnetzwerk'), then, now, changed: atlas && others.length > 0 };
}

function themesRow(city: CityData, atlas: boolean): Since2019Row {
	const now = names(city.themes.map(themeLabel));
	const fromAtlas = atlas && (city.themeRefs ?? []).includes(ATLAS_SOURCE_ID);
	const same = fromAtlas && !city.listsFromOtherSources.includes('themes');
	const then = same ? now : fromAtlas ? t('since2019.themesMixed') : t('unknown');
	return { id: 'themes', label: t('themes'), then, now, changed: false };
}

/** The four rows; empty for a city that was not in the atlas of 2019. */
export function since2019(city: CityData): Since2019Row[] {
	if (!city.atlas2019) return [];
	const agenda = city.digitalAgenda;
	const then = agenda.status2019 ?? 'unbekannt';
	const atlas = city.sources.some((source) => source.id === ATLAS_SOURCE_ID);
	return [
		{ id: 'status', label: t('status'), then: agendaLabel(then), now: agendaLabel(agenda.status), changed: then !== agenda.status && then !== 'unbekannt' },
		organisationRow(city),
		partnersRow(city, atlas),
		themesRow(city, atlas),
	];
}
