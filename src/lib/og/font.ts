import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';
import { decompress } from 'wawoff2';

/**
 * The site font for the share images: the same WOFF2 file the pages load, decompressed once and set at
 * fixed weights. Text becomes SVG paths, so the renderer needs no fonts of its own.
 */
const require = createRequire(import.meta.url);
const FONT_FILE = require.resolve('@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2');

export type Weight = 400 | 600 | 700;

let fonts: Promise<Map<Weight, Font>> | undefined;

async function load(): Promise<Map<Weight, Font>> {
	const ttf = Buffer.from(await decompress(await readFile(FONT_FILE)));
	const base = create(ttf) as Font;
	return new Map(([400, 600, 700] as const).map((weight) => [weight, base.getVariation({ wght: weight })]));
}

export const loadFonts = () => (fonts ??= load());

/** Width of `text` in pixels at `size`. */
export function measure(font: Font, text: string, size: number): number {
	return (font.layout(text).advanceWidth / font.unitsPerEm) * size;
}

/** A glyph's outline in font units: its drawing commands, taken from fontkit once per glyph and font. */
type Outline = { command: string; args: number[] }[];
const outlines = new WeakMap<Font, Map<number, Outline>>();
const SVG_COMMANDS: Record<string, string> = { moveTo: 'M', lineTo: 'L', quadraticCurveTo: 'Q', bezierCurveTo: 'C', closePath: 'Z' };

function outline(font: Font, glyph: { id: number; path: { commands: Outline } }): Outline {
	let cache = outlines.get(font);
	if (!cache) outlines.set(font, (cache = new Map()));
	let found = cache.get(glyph.id);
	if (!found) cache.set(glyph.id, (found = glyph.path.commands.map(({ command, args }) => ({ command, args: [...args] }))));
	return found;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** `text` as one SVG path starting at (x, baseline y); glyph outlines are reused across calls. */
export function textPath(font: Font, text: string, size: number, x: number, y: number): string {
	const run = font.layout(text);
	const scale = size / font.unitsPerEm;
	let advance = 0;
	let d = '';
	run.glyphs.forEach((glyph, index) => {
		const position = run.positions[index]!;
		const dx = x + (advance + position.xOffset) * scale;
		const dy = y - position.yOffset * scale;
		for (const { command, args } of outline(font, glyph as never)) {
			d += SVG_COMMANDS[command] ?? '';
			for (let i = 0; i < args.length; i += 2) d += `${round(dx + args[i]! * scale)} ${round(dy - args[i + 1]! * scale)} `;
		}
		advance += position.xAdvance;
	});
	return d.trim();
}

/** Greedy line breaks at spaces; the last allowed line ends in „…“ when the text does not fit. */
export function wrap(font: Font, text: string, size: number, maxWidth: number, maxLines: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (!line || measure(font, candidate, size) <= maxWidth) line = candidate;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	let last = kept[maxLines - 1]!;
	while (last.includes(' ') && measure(font, `${last} …`, size) > maxWidth) last = last.slice(0, last.lastIndexOf(' '));
	kept[maxLines - 1] = `${last} …`;
	return kept;
}
