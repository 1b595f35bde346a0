import type { AgendaStatus } from '../schemas/city';

/** Symbols of the agenda status (StatusBadge, map markers, legend): the status never relies on colour alone. */
export const AGENDA_SYMBOLS: Record<AgendaStatus, string> = { beschlossen: '✓', 'in-erarbeitung': '◐', keine: '–', unbekannt: '?' };
