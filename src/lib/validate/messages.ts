import type { ErrorCode } from 'yaml';
import { PLACEHOLDER } from '../scaffold/placeholder';

/** German messages of the validator that are not schema rules (those live in src/schemas/). */
export const msg = {
	noFrontmatter: 'Frontmatter fehlt: Die Datei muss mit einer Zeile --- beginnen, dann folgen die Felder, dann wieder ---',
	placeholder: `Platzhalter noch nicht ersetzt (${PLACEHOLDER}): belegte Angabe eintragen oder ein optionales Feld ganz löschen`,
	placeholderText: `Platzhalter noch nicht ersetzt (${PLACEHOLDER}): Abschnitt in eigenen Worten schreiben`,
	htmlInText: 'sieht aus wie HTML; die Website zeigt es als Text an, nicht als HTML – bitte entfernen',
	badFileName: (expected: string) => `Dateiname ist kein gültiger Slug (nur a–z, 0–9 und -; erwartet z. B. ${expected}.mdx)`,
	fileNameMismatch: (expected: string) => `Dateiname passt nicht zum Namen (erwartet: ${expected}.mdx); der Dateiname ist die Adresse /staedte/<slug>/`,
	duplicateSlug: (other: string) => `Slug kommt doppelt vor: ${other} hat denselben Dateinamen`,
	duplicateName: (name: string, other: string) => `Name „${name}“ kommt doppelt vor (auch in ${other})`,
	otherLand: (state: string, place: string, placeState: string, km: number) =>
		`Koordinaten liegen vermutlich nicht in ${state}: nächster Ort im Ortsverzeichnis GeoNames ist ${place} (${placeState}, ${km.toLocaleString('de-DE', { maximumFractionDigits: 1 })} km entfernt) – state und coordinates prüfen`,
	yaml: (code: ErrorCode, detail: string) => `YAML-Syntaxfehler: ${YAML_ERRORS[code] ?? 'Frontmatter lässt sich nicht lesen'} (${detail})`,
	mdxSyntax: (detail: string) => `MDX-Syntaxfehler: ${detail}`,
	listNumber: (n: number) =>
		`„${n}.“ am Anfang des Listenpunkts macht daraus eine zweite, nummerierte Liste, die bei ${n} beginnt; ist ein Datum gemeint, den Punkt mit \\ schützen: „- ${n}\\. …“`,
	esm: 'import/export ist im Text nicht erlaubt (führt Code aus)',
	expression: 'Ausdrücke in geschweiften Klammern {…} sind nicht erlaubt (führen Code aus); geschweifte Klammern im Text mit \\{ schreiben',
	forbiddenElement: (name: string) => `<${name}> ist nicht erlaubt (kann Code ausführen oder fremde Inhalte laden)`,
	fragment: 'leere Elemente <>…</> sind nicht erlaubt',
	unknownElement: (name: string, allowed: string) => `<${name}> ist nicht freigegeben (erlaubt: ${allowed})`,
	eventHandler: (name: string) => `Attribut „${name}“ ist nicht erlaubt (Event-Handler führen Code aus)`,
	spreadAttribute: 'Attribute in geschweiften Klammern {…} sind nicht erlaubt (führen Code aus)',
	unknownAttribute: (element: string, name: string, allowed: string) =>
		`Attribut „${name}“ ist bei <${element}> nicht erlaubt (erlaubt: ${allowed || 'keine Attribute'})`,
	foreignImage: 'Bilder von fremden Servern sind nicht erlaubt (die Website lädt nichts von anderen Hosts); Bild unter public/ ablegen und relativ einbinden',
	badUrl: (scheme: string) => `${scheme}:-Adressen sind nicht erlaubt (erlaubt: https://…, http://…, mailto:…, #…, relative Pfade)`,
	bodyTooLarge: (kb: number, max: number) => `Text ist ${kb} KB groß (höchstens ${max} KB): ein Porträt ist eine Seite, kein Archiv – kürzen`,
	noLead: 'Einleitung fehlt: vor der ersten Überschrift 2–3 Sätze, was die Stadt auszeichnet (ohne eigene Überschrift)',
	unknownSection: (title: string, known: readonly string[]) =>
		`Abschnitt „${title}“ ist keiner der Porträt-Abschnitte (erlaubt, in dieser Reihenfolge: ${known.join(', ')})`,
	sectionOrder: (title: string, known: readonly string[]) => `Abschnitt „${title}“ steht doppelt oder an falscher Stelle (Reihenfolge: ${known.join(', ')})`,
	uncitedSection: (title: string | null) =>
		`${title ? `Abschnitt „${title}“` : 'Die Einleitung'} hat keine Quellenangabe: nach jedem Satz mit einer Angabe [^quellen-id] setzen`,
	researchLog: (phrase: string) => `Rechercheprotokoll: „${phrase}“ gehört nur in den Abschnitt „Quellenlage“ – im Text die Fakten nennen oder weglassen`,
	proseLength: (words: number, limits: { min: number; target: number; max: number }) =>
		`Text hat ${words} Wörter (erwartet ${limits.target}–${limits.max}, bei dünner Quellenlage mindestens ${limits.min}; nie auffüllen)`,
	unknownCitation: (detail: string) => `Quellenverweis ${detail}`,
	unusedSource: (id: string) => `Quelle „${id}“ wird von keiner Angabe (refs) und keinem Satz ([^${id}]) zitiert – zitieren oder entfernen`,
	trailingDot: (host: string) => `Adresse mit Punkt am Ende des Hostnamens („${host}.“): ohne Punkt schreiben („${host}“)`,
	trackingParameter: (names: readonly string[]) => `Adresse enthält Tracking-Parameter (${names.join(', ')}): entfernen`,
	mirrorTitle: (host: string) => `Kopie eines Dokuments (${host}): im Titel Originalherausgeber und Datum nennen, am Ende „(Kopie)“ oder „(…, Kopie)“`,
} as const;

const YAML_ERRORS: Partial<Record<ErrorCode, string>> = {
	DUPLICATE_KEY: 'Feld steht doppelt',
	TAB_AS_INDENT: 'Tabulator als Einrückung – bitte Leerzeichen verwenden',
	BAD_INDENT: 'Einrückung stimmt nicht',
	MISSING_CHAR: 'ein Zeichen fehlt, z. B. ein schließendes Anführungszeichen oder eine Klammer',
	MULTILINE_IMPLICIT_KEY: 'Doppelpunkt nach dem Feldnamen fehlt oder Wert geht über mehrere Zeilen',
	BLOCK_AS_IMPLICIT_KEY: 'Doppelpunkt nach dem Feldnamen fehlt oder Einrückung stimmt nicht',
	UNEXPECTED_TOKEN: 'unerwartetes Zeichen',
	BAD_SCALAR_START: 'Wert darf so nicht beginnen – in Anführungszeichen setzen',
	BAD_DQ_ESCAPE: 'ungültiges Escape-Zeichen in Anführungszeichen',
	BLOCK_IN_FLOW: 'Liste oder Block innerhalb von { } oder [ ]',
};
