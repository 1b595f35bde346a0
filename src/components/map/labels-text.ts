import type { AgendaStatus } from '../../schemas/city';
import { mapStrings } from '../../i18n/de';
import { translator } from '../../i18n/translator';
import { STATES } from '../../schemas/states';

const t = translator(mapStrings);

/** Labels of the ids in the marker file, from the map's part of the dictionary. */
export const statusLabel = (status: AgendaStatus): string => t(`agenda.status.${status}`);
export const themeLabel = (id: string): string => ((mapStrings as Record<string, unknown>)[`map.theme.${id}`] as string | undefined) ?? id;
export const stateName = (slug: string): string => STATES.find((state) => state.slug === slug)?.name ?? slug;
