/** The six prose sections of a portrait, in order, with the guidance a new profile starts with. */
export const SECTIONS = [
	{
		heading: 'Überblick',
		guide: 'Zwei bis vier Sätze in eigenen Worten: Wo steht die Stadt bei der Digitalisierung, welche Schwerpunkte setzt sie, seit wann?',
	},
	{
		heading: 'Digitale Agenda',
		guide: 'Gibt es eine Digitalstrategie oder Smart-City-Strategie? Titel, Jahr des Beschlusses, Stand der Umsetzung – mit Quelle in sources.',
	},
	{
		heading: 'Organisation',
		guide: 'Wer steuert die Digitalisierung (CDO, Stabsstelle, Amt, Gesellschaft)? Wo ist die Stelle angebunden, seit wann gibt es sie?',
	},
	{
		heading: 'Partnernetzwerk',
		guide: 'Welche Partner arbeiten mit der Stadt zusammen (Stadtwerke, Hochschulen, Unternehmen, Vereine)? Jeweils mit ihrer Rolle.',
	},
	{
		heading: 'Projekte',
		guide: 'Die wichtigsten Vorhaben in je ein bis zwei Sätzen: was, seit wann, mit wem. Nur Projekte, die eine Quelle belegt.',
	},
	{
		heading: 'Entwicklung seit 2019',
		guide: 'Was hat sich seit März 2019 verändert? Am besten als Liste mit Monat und Jahr, z. B. „- Mai 2021: …“.',
	},
] as const;
