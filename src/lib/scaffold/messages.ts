import { STATES, stateByName } from '../../schemas/states';
import type { Place } from './place';
import type { Resolution } from './resolve';

/** German messages of `npm run new-city`. */
const MAX_CANDIDATES = 12;
const number = (value: number) => value.toLocaleString('de-DE');
const slugOf = (place: Place) => stateByName(place.state)!.slug;

export const USAGE = [
	'Aufruf: npm run new-city -- "<Name der Stadt>" [--land <Land>] [--lat <Breite> --lng <Länge>] [--dir <Ordner>]',
	'',
	'Legt src/content/cities/<slug>.mdx mit allen Feldern des Formats an. Land und Koordinaten kommen aus dem',
	'Ortsverzeichnis GeoNames (Orte ab 1000 Einwohnern); alles andere ist mit TODO markiert und muss recherchiert werden.',
	'  --land  Land als Name oder Slug (z. B. "Nordrhein-Westfalen" oder nordrhein-westfalen), wenn der Name mehrdeutig ist',
	'  --lat, --lng  Koordinaten der Stadtmitte, wenn die Stadt nicht im Ortsverzeichnis steht (dann auch --land)',
	'  --dir  anderer Zielordner (z. B. für Tests)',
].join('\n');

function candidateList(candidates: readonly Place[]): string {
	const lines = candidates
		.slice(0, MAX_CANDIDATES)
		.map((p) => `  - ${p.name}, ${p.state}, ${number(p.population)} Einw. (lat ${p.lat}, lng ${p.lng})  → --land ${slugOf(p)}`);
	if (candidates.length > MAX_CANDIDATES) lines.push(`  … und ${candidates.length - MAX_CANDIDATES} weitere`);
	return lines.join('\n');
}

const example = (name: string) => JSON.stringify(name);

/** The message for every outcome except `found`. */
export function problemMessage(name: string, resolution: Exclude<Resolution, { kind: 'found' }>): string {
	switch (resolution.kind) {
		case 'ambiguous':
			return [
				`„${name}“ ist mehrdeutig – im Ortsverzeichnis gibt es ${resolution.candidates.length} passende Orte:`,
				candidateList(resolution.candidates),
				`Bitte das Land angeben, z. B.: npm run new-city -- ${example(name)} --land ${slugOf(resolution.candidates[0]!)}`,
				'Liegen mehrere gleichnamige Orte im selben Land, zusätzlich --lat und --lng angeben.',
			].join('\n');
		case 'not-in-land':
			return [`„${name}“ liegt laut Ortsverzeichnis nicht in ${resolution.state.name}. Gefunden:`, candidateList(resolution.candidates)].join('\n');
		case 'unknown':
			return [
				`„${name}“ steht nicht im Ortsverzeichnis (GeoNames, Orte ab 1000 Einwohnern). Schreibweise prüfen`,
				`oder Koordinaten und Land selbst angeben: npm run new-city -- ${example(name)} --lat 52.52 --lng 13.40 --land berlin`,
			].join('\n');
		case 'bad-land':
			return `Unbekanntes Land „${resolution.land}“ (erlaubt: ${STATES.map((s) => s.slug).join(', ')})`;
		case 'needs-land':
			return `Mit --lat/--lng bitte auch das Land angeben, z. B. --land ${STATES[0]!.slug} (erlaubt: ${STATES.map((s) => s.slug).join(', ')})`;
		case 'bad-coordinates':
			return `Die Koordinaten passen nicht: ${resolution.message}`;
	}
}

export const exists = (name: string, file: string) => `Für „${name}“ gibt es schon ein Profil: ${file} – es wird nicht überschrieben.`;

export const noName = 'Bitte den Namen der Stadt angeben.';

export const emptyName = 'Der Name enthält keine Buchstaben oder Ziffern.';

export function created(file: string, slug: string, origin: string | undefined): string {
	return [
		`Neues Profil angelegt: ${file}`,
		origin ? `  Land und Koordinaten aus ${origin} – bitte prüfen.` : '  Land und Koordinaten wie angegeben.',
		'Nächste Schritte:',
		'  1. Jede Stelle mit TODO durch belegte Angaben ersetzen (Quellen in sources, Text in eigenen Worten).',
		`  2. Vorschau: npm run dev, dann http://localhost:4321/staedte/${slug}/`,
		`  3. Prüfen: npm run validate -- ${file}`,
		'  4. Pull-Request öffnen (siehe CONTRIBUTING.md).',
	].join('\n');
}
