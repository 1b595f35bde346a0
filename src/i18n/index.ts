import type { AgendaStatus, LIST_FIELDS, ModellprojektRole, OrganisationKind, PartnerKind } from '../schemas/city';
import type { IndexCategory } from '../schemas/smart-city-index';
import { de } from './de';
import { translator } from './translator';

/** `t('nav.home')`, `t('map.count', shown, total)`: the German text of a key, typed by the dictionary. */
export const t = translator(de);

type ListField = (typeof LIST_FIELDS)[number];

/** Labels of the ids that profiles and records carry, resolved where they are shown. */
export const agendaLabel = (status: AgendaStatus): string => t(`agenda.status.${status}`);
export const organisationLabel = (kind: OrganisationKind): string => t(`organisation.kind.${kind}`);
/** What a kind of steering unit is, for /steuerung/. */
export const organisationAbout = (kind: OrganisationKind): string => t(`steering.about.${kind}`);
export const partnerLabel = (kind: PartnerKind): string => t(`partner.kind.${kind}`);
export const listLabel = (list: ListField): string => t(`list.${list}`);
export const modellprojektRoleLabel = (role: ModellprojektRole): string => t(`modellprojekt.role.${role}`);
/** The name of a Smart City Index category in a given year (it renamed one in 2023). */
export const indexCategoryLabel = (name: IndexCategory, year: number): string =>
	name === 'gesellschaft' && year >= 2023 ? t('index.category.gesellschaft.2023') : t(`index.category.${name}`);
