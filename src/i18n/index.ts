import type { AgendaStatus, LIST_FIELDS, OrganisationKind, PartnerKind } from '../schemas/city';
import { de } from './de';
import { translator } from './translator';

/** The keys of the site's dictionary (src/i18n/de.ts). */
export type TextKey = keyof typeof de;

/** `t('nav.home')`, `t('map.count', shown, total)`: the German text of a key, typed by the dictionary. */
export const t = translator(de);

type ListField = (typeof LIST_FIELDS)[number];

/** Labels of the ids that profiles and records carry, resolved where they are shown. */
export const agendaLabel = (status: AgendaStatus): string => t(`agenda.status.${status}`);
export const organisationLabel = (kind: OrganisationKind): string => t(`organisation.kind.${kind}`);
export const partnerLabel = (kind: PartnerKind): string => t(`partner.kind.${kind}`);
export const listLabel = (list: ListField): string => t(`list.${list}`);
