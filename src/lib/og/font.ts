import { createRequire } from 'node:module';
import { GlobalFonts } from '@napi-rs/canvas';

/**
 * The site font for the share images: the same WOFF2 file the pages load (a variable font, so each weight
 * is the real design, not a synthetic bold), registered once per thread under a name of its own.
 */
const require = createRequire(import.meta.url);
const FONT_FILE = require.resolve('@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2');
const FAMILY = 'Atlas Source Sans 3';

export type Weight = 400 | 600 | 700;

let registered = false;

/** The canvas `font` value for the site font at a weight and size (registers the font on first use). */
export function font(weight: Weight, size: number): string {
	if (!registered) {
		if (!GlobalFonts.registerFromPath(FONT_FILE, FAMILY)) throw new Error(`Vorschaubild: Schrift ${FONT_FILE} nicht lesbar`);
		registered = true;
	}
	return `${weight} ${size}px "${FAMILY}"`;
}

/** Greedy line breaks at spaces; the last allowed line ends in „…“ when the text does not fit. */
export function wrap(measure: (text: string) => number, text: string, maxWidth: number, maxLines: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (!line || measure(candidate) <= maxWidth) line = candidate;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	let last = kept[maxLines - 1]!;
	while (last.includes(' ') && measure(`${last} …`) > maxWidth) last = last.slice(0, last.lastIndexOf(' '));
	kept[maxLines - 1] = `${last} …`;
	return kept;
}
