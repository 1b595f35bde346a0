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
