import type { CityData } from '../schemas/city';
import { themeLabel } from '../schemas/themes';
import { agendaLabel, organisationLabel, t } from '../i18n';

/** Ends a sentence once: "GmbH o. Ä." stays as it is. */
const sentence = (label: string, value: string) => `${label}: ${value.trim().replace(/[.:;,\s]+$/, '')}.`;

/** The kind of a unit, unless its name says it already (Stabsstelle Digitalisierung, Chief Digital Officer (CDO)). */
function unitKind(name: string, kind: CityData['organisation'][number]['kind']): string | undefined {
	if (kind === 'sonstige') return undefined;
	const label = organisationLabel(kind);
	const words = label
		.replace(/\s*\(.*\)\s*/g, ' ')
		.split('/')
		.map((word) => word.trim().toLocaleLowerCase('de'));
	const lower = name.toLocaleLowerCase('de');
	return words.some((word) => word && lower.includes(word)) ? undefined : label.replace(/\s*\(.*\)$/, '');
}

function agenda(city: CityData): string[] {
	const { status, title, year, draft } = city.digitalAgenda;
	const known = status === 'beschlossen' || status === 'in-erarbeitung';
	const when = year ? (status === 'in-erarbeitung' ? ` ${t('since')} ${year}` : ` ${year}`) : '';
	const state = `${agendaLabel(status)}${known ? when : ''}`;
	const lines = [];
	if (title) lines.push(sentence(t('agenda'), `${title}, ${state}`));
	else if (known) lines.push(sentence(t('agenda'), state));
	if (draft) lines.push(sentence(t('agendaDraft'), `${draft.title}${draft.year ? ` (${t('since')} ${draft.year})` : ''}`));
	return lines;
}

/**
 * The facts of a portrait as sentences for the search index: what the fact box shows, with separators
 * between fields and values, each label once, no "nicht bekannt" or "keine" values (they would match
 * queries without saying anything), no sources. Rendered hidden by SearchMeta.astro.
 */
export function searchSummary(city: CityData): string[] {
	const lines = agenda(city);
	if (city.organisation.length) {
		const units = city.organisation.map((unit) => {
			const details = [
				unitKind(unit.name, unit.kind),
				unit.since && `${t('since')} ${unit.since}`,
				unit.until && `${t('until')} ${unit.until}`,
				unit.reportsTo && `${t('reportsTo')} ${unit.reportsTo}`,
			];
			const text = details.filter(Boolean).join(', ');
			return text ? `${unit.name} (${text})` : unit.name;
		});
		lines.push(sentence(t('organisationShort'), units.join('; ')));
	}
	if (city.partners.length) lines.push(sentence(t('partners'), city.partners.map((partner) => partner.name).join('; ')));
	if (city.themes.length) lines.push(sentence(t('themes'), city.themes.map(themeLabel).join(', ')));
	if (city.projects.length) lines.push(sentence(t('projects'), city.projects.map((project) => project.name).join('; ')));
	const modell = city.modellprojekt;
	if (modell) {
		const round = modell.role === 'partner' ? t('modellprojektPartner', modell.round) : t('modellprojektRound', modell.round);
		lines.push(sentence(t('modellprojekt'), `${round}${modell.name ? `: ${modell.name}` : ''}`));
	}
	const ranked = city.smartCityIndex.filter((entry) => entry.rank !== undefined).sort((a, b) => b.year - a.year)[0];
	if (ranked?.rank !== undefined) lines.push(sentence(`${t('smartCityIndex')} ${ranked.year}`, t('rank', ranked.rank, ranked.of)));
	return lines;
}
