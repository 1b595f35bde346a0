import { PORTRAIT_SECTIONS } from '../../schemas/portrait';

type SectionTitle = (typeof PORTRAIT_SECTIONS)[number];

/** What a new profile's lead (no heading) should say. */
export const LEAD_GUIDE =
	'Zwei bis drei Sätze ohne Überschrift: Was zeichnet den digitalen Weg dieser Stadt aus – ihre Strategie, wer sie steuert, was heraussticht? Nicht mit „X ist eine der … Städte“ beginnen. Nach jedem Satz die Quelle: [^quellen-id]';

/** The portrait sections (schemas/portrait.ts), in order, with the guidance a new profile starts with. */
const GUIDES: Record<SectionTitle, string> = {
	'Digitale Agenda': 'Die Strategiepapiere mit Namen, wer sie wann beschlossen hat, was sie enthalten, was sie ersetzt haben.',
	Steuerung: 'Die Stellen, die die Digitalisierung steuern: Art, seit wann, wem sie zugeordnet sind; Amtsinhaber nur in ihrer Rolle und mit Jahr.',
	Partnernetzwerk: 'Die Partner und was jeder im Netzwerk tut. Abschnitt löschen, wenn keine Quelle Partner nennt.',
	'Themen und Projekte': 'Die Leuchtturmprojekte: was jedes tut und wie weit es ist. Jedes Projekt nur hier, nicht noch einmal als Liste.',
	'Seit 2019':
		'Datierte Entwicklungen seit März 2019, die neueste zuletzt, z. B. „- Mai 2021: …“, mit Tag „- 16\\. Mai 2021: …“ (Punkt mit \\ schützen). Index-Ränge deuten, nicht aufzählen.',
	Quellenlage: 'Nur wenn nötig: was sich nicht bestätigen ließ, welche Angaben abgeleitet sind, wo Quellen sich widersprechen. Sonst Abschnitt löschen.',
};

export const SECTIONS = PORTRAIT_SECTIONS.map((heading) => ({ heading, guide: GUIDES[heading] }));
