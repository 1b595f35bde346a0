/**
 * Rules for the portrait prose (the MDX body), from the writing guide: the sections and their order, the
 * length, and the research-log phrases that belong nowhere but the Quellenlage. The validator, the tests,
 * the scaffold template and CONTRIBUTING read them from here.
 */

/** The `##` sections in their order; each is left out where no sourced fact would fill it. The lead has no heading. */
export const PORTRAIT_SECTIONS = ['Digitale Agenda', 'Steuerung', 'Partnernetzwerk', 'Themen und Projekte', 'Seit 2019', 'Quellenlage'] as const;

/** The one section where remarks on the state of the sources belong. */
export const SOURCES_SECTION = 'Quellenlage';

/** Words of prose (without headings and citations): shorter only where the sources are thin, never padded. */
export const PROSE_WORDS = { min: 150, target: 300, max: 600 } as const;

/** A body above this size is refused: a portrait is a page, not a document archive. */
export const MAX_BODY_BYTES = 60 * 1024;

/**
 * Phrases that describe the research rather than state facts ("Rechercheprotokoll"); outside the
 * Quellenlage they are a warning. `label` is how the message names the phrase.
 */
export const RESEARCH_LOG_PHRASES: readonly { label: string; pattern: RegExp }[] = [
	{ label: 'ausgewertete Quellen', pattern: /ausgewertete[nr]?\s+Quellen/i },
	{ label: 'nach weiteren Quellen', pattern: /nach\s+weiteren\s+Quellen/i },
	{ label: 'nicht lesbar', pattern: /nicht\s+lesbar/i },
	{ label: 'lag nicht vor', pattern: /lag(?:en)?\s+nicht\s+vor/i },
	{ label: 'nicht belegt', pattern: /nicht\s+belegt/i },
	{ label: 'wurde nicht gesehen', pattern: /(?:wurde[n]?\s+nicht\s+gesehen|ungesehen)/i },
	{ label: 'Atlas-Steckbrief', pattern: /Atlas-Steckbrief/i },
	{ label: 'laut Profil', pattern: /laut\s+Profil/i },
];
