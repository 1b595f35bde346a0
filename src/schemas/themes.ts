import { z } from 'astro/zod';

/**
 * The ten fields of action (Handlungsfelder) of the 2019 atlas. This list is the single source of the
 * `themes` collection, the allowed values of `themes`/`projects[].theme` in a profile and every theme page.
 */
export const THEMES = [
	{
		id: 'verwaltung',
		label: 'Verwaltung',
		description: 'Digitale Verwaltungsleistungen, E-Government, Online-Zugang zu Ämtern und die Modernisierung der Verwaltung selbst.',
	},
	{ id: 'mobilitaet', label: 'Mobilität', description: 'Vernetzter Verkehr: ÖPNV-Informationen, Parken, Sharing-Angebote, Verkehrssteuerung und E-Mobilität.' },
	{
		id: 'energie-umwelt',
		label: 'Energie & Umwelt',
		description: 'Intelligente Netze, Energieeffizienz, Umwelt- und Klimadaten, Straßenbeleuchtung und Abfallwirtschaft.',
	},
	{ id: 'gesundheit', label: 'Gesundheit', description: 'Digitale Angebote in Pflege und Gesundheitsversorgung, Telemedizin und Assistenzsysteme.' },
	{ id: 'bildung', label: 'Bildung', description: 'Digitale Schulen und Bildungsangebote, Medienkompetenz und Weiterbildung.' },
	{ id: 'handel', label: 'Handel', description: 'Lokaler Handel und Innenstadt im digitalen Wandel, lokale Online-Marktplätze und Wirtschaftsförderung.' },
	{ id: 'gesellschaft', label: 'Gesellschaft', description: 'Beteiligung, Stadt-Apps, Ehrenamt, Kultur und digitale Teilhabe der Bürgerinnen und Bürger.' },
	{ id: 'sicherheit', label: 'Sicherheit', description: 'Öffentliche Sicherheit, Katastrophenschutz, Warnsysteme sowie IT-Sicherheit und Datenschutz.' },
	{
		id: 'it-infrastruktur',
		label: 'IT-Infrastruktur',
		description: 'Breitband und Glasfaser, öffentliches WLAN, Mobilfunk und Funknetze für das Internet der Dinge.',
	},
	{
		id: 'datenplattform',
		label: 'Datenplattform',
		description: 'Urbane Datenplattformen, Open Data und digitale Zwillinge, die Daten der Stadt zusammenführen.',
	},
] as const;

export type ThemeId = (typeof THEMES)[number]['id'];

export const THEME_IDS = THEMES.map((theme) => theme.id) as [ThemeId, ...ThemeId[]];

export const themeSchema = z.strictObject({
	id: z.enum(THEME_IDS),
	label: z.string().min(1),
	description: z.string().min(1),
});

export type Theme = z.infer<typeof themeSchema>;

export function themeLabel(id: ThemeId): string {
	return THEMES.find((theme) => theme.id === id)?.label ?? id;
}
