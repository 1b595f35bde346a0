import { agendaLabel, organisationLabel, t } from '../../i18n';
import { AGENDA_STATUSES } from '../../schemas/city';
import { themeLabel } from '../../schemas/themes';
import { MODELLPROJEKT_ROUNDS } from '../../schemas/city';
import { BASES } from '../../schemas/evidence';
import { absoluteUrl } from '../paths';
import type { CityRecord } from '../records';
import type { ExportContext } from './meta';

/** A cell: text, a number (stays numeric in the file) or empty. */
export type CsvCell = string | number | null;

/** One column of `staedte.csv`: used by the CSV builder and by the column table on /daten/. */
export interface CsvColumn {
	/** Stable key (English), e.g. for tests. */
	id: string;
	/** Column name in the header row. */
	header: string;
	/** What the column holds, for the documentation. */
	description: string;
	value: (record: CityRecord, context: ExportContext) => CsvCell;
}

const list = (values: readonly string[]) => values.join(t('data.listSeparator'));
const yesNo = (value: boolean) => (value ? t('data.yes') : t('data.no'));

export const CSV_COLUMNS: readonly CsvColumn[] = [
	{ id: 'name', header: 'Stadt', description: 'Name der Stadt', value: (r) => r.name },
	{
		id: 'slug',
		header: 'Kennung',
		description: 'Kurzname der Stadt in Adressen (eindeutig), z. B. für Verknüpfungen mit JSON und GeoJSON',
		value: (r) => r.slug,
	},
	{ id: 'state', header: 'Bundesland', description: 'eines der 16 Bundesländer', value: (r) => r.state },
	{ id: 'lat', header: 'Breite', description: 'Breitengrad (WGS 84, Dezimalgrad mit Punkt)', value: (r) => r.lat },
	{ id: 'lng', header: 'Länge', description: 'Längengrad (WGS 84, Dezimalgrad mit Punkt)', value: (r) => r.lng },
	{ id: 'atlas2019', header: 'Atlas 2019', description: '„ja“ für die Städte des Smart-City-Atlas 2019, sonst „nein“', value: (r) => yesNo(r.atlas2019) },
	{
		id: 'status',
		header: 'Status der digitalen Agenda',
		description: `heute bekannter Status der digitalen Agenda: ${AGENDA_STATUSES.map(agendaLabel).join(', ')}`,
		value: (r) => agendaLabel(r.status),
	},
	{
		id: 'status2019',
		header: 'Status der digitalen Agenda 2019',
		description: 'Status der digitalen Agenda im Atlas 2019 (März 2019); leer bei später aufgenommenen Städten',
		value: (r) => r.status2019 && agendaLabel(r.status2019),
	},
	{
		id: 'agendaTitle',
		header: 'Titel der digitalen Agenda',
		description: 'Name des Strategiedokuments; leer, wenn nicht bekannt',
		value: (r) => r.agendaTitle,
	},
	{
		id: 'agendaYear',
		header: 'Jahr der digitalen Agenda',
		description: 'Jahr des Beschlusses (bei „in Erarbeitung“: des Beginns); leer, wenn nicht bekannt',
		value: (r) => r.agendaYear,
	},
	{
		id: 'agendaBasis',
		header: 'Status der digitalen Agenda: Belegart',
		description: `${BASES.join(' oder ')}: ob eine der Quellen den heutigen Status der digitalen Agenda nennt oder ob er aus ihnen folgt, ohne dort so zu stehen (wie, sagen Porträt und staedte.json)`,
		value: (r) => r.agendaBasis,
	},
	{
		id: 'agendaSources',
		header: 'Status der digitalen Agenda: Quellen',
		description:
			'Adressen der Quellen für den heutigen Status der digitalen Agenda, Titel und Jahr, getrennt durch „; “; leer, wenn das Porträt keine nennt (Status „nicht bekannt“)',
		value: (r) => list(r.agendaSources),
	},
	{
		id: 'agenda2019Basis',
		header: 'Status der digitalen Agenda 2019: Belegart',
		description: 'dasselbe für den Status der digitalen Agenda 2019; leer bei später aufgenommenen Städten',
		value: (r) => r.agenda2019Basis,
	},
	{
		id: 'agenda2019Sources',
		header: 'Status der digitalen Agenda 2019: Quellen',
		description: 'Adressen der Quellen für den Status der digitalen Agenda 2019, getrennt durch „; “; leer, wenn das Porträt keine nennt',
		value: (r) => list(r.agenda2019Sources),
	},
	{ id: 'themes', header: 'Themen', description: 'Themen der Stadt, getrennt durch „; “', value: (r) => list(r.themes.map(themeLabel)) },
	{
		id: 'organisation',
		header: 'Steuerung',
		description: 'Art der Stellen, die die Digitalisierung steuern, getrennt durch „; “',
		value: (r) => list(r.organisationKinds.map((kind) => organisationLabel(kind))),
	},
	{ id: 'partners', header: 'Partner', description: 'Anzahl der genannten Partner im lokalen Netzwerk', value: (r) => r.partnerCount },
	{ id: 'projects', header: 'Projekte', description: 'Anzahl der genannten Leuchtturmprojekte', value: (r) => r.projectCount },
	{
		id: 'modellprojekt',
		header: 'Modellprojekt-Staffel',
		description: `Förderstaffel (${MODELLPROJEKT_ROUNDS.join(', ')}) des eigenen „Modellprojekts Smart Cities“ des Bundes, allein oder federführend; leer, wenn keins – auch wenn die Stadt nur Partner im Projekt einer anderen ist`,
		value: (r) => r.modellprojektRound,
	},
	{
		id: 'modellprojektPartner',
		header: 'Modellprojekt-Partner',
		description:
			'Förderstaffel eines Modellprojekts Smart Cities, an dem die Stadt nur als Partner im Verbund einer anderen Stadt beteiligt ist; zählt nicht als eigenes Modellprojekt; sonst leer',
		value: (r) => r.modellprojektPartnerRound,
	},
	{ id: 'updated', header: 'Stand', description: 'Datum der letzten redaktionellen Prüfung des Porträts (JJJJ-MM-TT)', value: (r) => r.updated },
	{ id: 'url', header: 'Porträt', description: 'Adresse des Porträts mit allen Quellen', value: (r, { siteUrl, base }) => absoluteUrl(siteUrl, r.path, base) },
];
