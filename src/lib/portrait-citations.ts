import type { CityData } from '../schemas/city';
import { t } from '../i18n';
import type { ProseCitation } from '../markdown/citations';
import { numberCitations, type Backlink, type CitationUse, type FactEvidence } from './citations';

/** A fact of the fact box with its key (`digitalAgenda`, `partners.2`, …), sources and basis. */
interface FactUse extends CitationUse {
	key: string;
	basis: FactEvidence['basis'];
	note?: string | undefined;
}

/** The cited facts of a profile in fact-box order, each labelled for the source list's links back. */
export function factUses(city: CityData): FactUse[] {
	const agenda = city.digitalAgenda;
	const uses: FactUse[] = [];
	const add = (key: string, label: string, fact: { refs?: string[] | undefined; basis?: FactEvidence['basis']; note?: string | undefined }) =>
		uses.push({ key, label, ids: fact.refs ?? [], basis: fact.basis ?? 'belegt', note: fact.note });
	add('digitalAgenda', t('agenda'), agenda);
	if (agenda.draft) add('digitalAgenda.draft', t('agendaDraft'), agenda.draft);
	if (city.atlas2019) add('digitalAgenda.2019', t('agenda2019'), { refs: agenda.refs2019, basis: agenda.basis2019, note: agenda.note2019 });
	city.organisation.forEach((unit, i) => add(`organisation.${i}`, t('organisationShort'), unit));
	city.partners.forEach((partner, i) => add(`partners.${i}`, t('partners'), partner));
	add('themes', t('themes'), { refs: city.themeRefs });
	city.projects.forEach((project, i) => add(`projects.${i}`, t('projects'), project));
	if (city.modellprojekt) add('modellprojekt', t('modellprojekt'), city.modellprojekt);
	city.smartCityIndex.forEach((entry, i) => add(`smartCityIndex.${i}`, `${t('smartCityIndex')} ${entry.year}`, entry));
	if (city.population) add('population', t('population'), city.population);
	return uses;
}

/**
 * All citations of a portrait: the fact box's per fact (by key) and the source list's links back to the
 * fact box and to the prose sections (`prose` as the Markdown plugin recorded it).
 */
export function portraitCitations(city: CityData, prose: readonly ProseCitation[]) {
	const facts = factUses(city);
	const proseUses = prose.map(({ id, section }) => ({ ids: [id], label: section ?? t('cite.lead') }));
	const numbered = numberCitations(city.sources, facts, proseUses);
	const evidence = new Map<string, FactEvidence>(facts.map((fact, i) => [fact.key, { citations: numbered.facts[i]!, basis: fact.basis, note: fact.note }]));
	return { evidence, backlinks: numbered.backlinks as Map<number, Backlink[]> };
}
