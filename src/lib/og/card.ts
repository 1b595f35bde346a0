import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { loadFonts, measure, textPath, wrap, type Weight } from './font';
import { OG_IMAGE_SIZE } from './size';

/** What one share image says: a kicker above the title, the title, up to two lines of facts, a footer line. */
export interface Card {
	kicker: string;
	title: string;
	/** Short facts, each on its own line (e.g. the agenda status). */
	lines: string[];
	/** A quieter closing line (e.g. the themes). */
	footer?: string;
	/** Colour of the marker before the first fact line (a status colour); none without. */
	marker?: string;
}

/** The light scheme of src/styles/tokens.css (the images have one scheme). */
const COLOURS = { bg: '#ffffff', surface: '#f3f5f7', text: '#17202a', muted: '#4c5767', accent: '#0d5c7a', highlight: '#fff3c4' };
const { width: W, height: H } = OG_IMAGE_SIZE;
const PAD = 72;

/** The card as an SVG document; all text is paths in the site font. */
export async function cardSvg(card: Card): Promise<string> {
	const fonts = await loadFonts();
	const font = (weight: Weight) => fonts.get(weight)!;
	const paths: { d: string; fill: string }[] = [];
	const text = (value: string, weight: Weight, size: number, x: number, y: number, fill: string) =>
		paths.push({ d: textPath(font(weight), value, size, x, y), fill });

	text('Smart-City-Atlas', 700, 34, PAD + 64, PAD + 36, COLOURS.text);
	text(card.kicker, 600, 30, PAD, 200, COLOURS.accent);

	const titleSize = measure(font(700), card.title, 92) <= W - 2 * PAD ? 92 : 72;
	const titleLines = wrap(font(700), card.title, titleSize, W - 2 * PAD, 2);
	let y = 220 + titleSize * 0.95;
	titleLines.forEach((line, index) => {
		if (index > 0) y += titleSize * 1.05;
		text(line, 700, titleSize, PAD, y, COLOURS.text);
	});
	const markerX = card.marker ? PAD + 38 : PAD;
	const factY = y + 72;
	card.lines.slice(0, 2).forEach((line, index) => {
		const x = index === 0 ? markerX : PAD;
		text(wrap(font(index === 0 ? 600 : 400), line, 36, W - PAD - x, 1)[0] ?? '', index === 0 ? 600 : 400, 36, x, factY + index * 50, COLOURS.text);
	});
	const lastFact = factY + (Math.min(card.lines.length, 2) - 1) * 50;
	if (card.footer) {
		const bottom = H - 20 - 44;
		const room = Math.floor((bottom - (lastFact + 60)) / 38) + 1;
		const lines = room > 0 ? wrap(font(400), card.footer, 28, W - 2 * PAD, Math.min(2, room)) : [];
		lines.forEach((line, index) => text(line, 400, 28, PAD, bottom - (lines.length - 1 - index) * 38, COLOURS.muted));
	}
	const markerY = factY - 27;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`,
		`<rect width="${W}" height="${H}" fill="${COLOURS.bg}"/>`,
		`<rect x="0" y="${H - 20}" width="${W}" height="20" fill="${COLOURS.accent}"/>`,
		`<rect x="${PAD}" y="${PAD}" width="48" height="48" rx="10" fill="${COLOURS.accent}"/>`,
		`<path d="M${PAD + 13.5} ${PAD + 33} ${PAD + 24} ${PAD + 13.5} ${PAD + 34.5} ${PAD + 30}z" fill="none" stroke="#ffffff" stroke-opacity="0.7" stroke-width="3" stroke-linejoin="round"/>`,
		`<circle cx="${PAD + 13.5}" cy="${PAD + 33}" r="4.8" fill="#ffffff"/><circle cx="${PAD + 24}" cy="${PAD + 13.5}" r="4.8" fill="#ffffff"/><circle cx="${PAD + 34.5}" cy="${PAD + 30}" r="4.8" fill="${COLOURS.highlight}"/>`,
		card.marker ? `<rect x="${PAD}" y="${markerY}" width="26" height="26" rx="5" fill="${card.marker}"/>` : '',
		...paths.map((path) => `<path d="${path.d}" fill="${path.fill}"/>`),
		'</svg>',
	].join('');
}

/** Rendered images by the hash of their SVG, kept between builds (an unchanged card is not drawn again). */
const CACHE_DIR = join(process.cwd(), 'node_modules/.cache/atlas-og');

/** The card as PNG bytes. */
export async function cardPng(card: Card): Promise<Uint8Array> {
	const svg = await cardSvg(card);
	const file = join(CACHE_DIR, `${createHash('sha256').update(svg).digest('hex').slice(0, 32)}.png`);
	const cached = await readFile(file).catch(() => undefined);
	if (cached) return new Uint8Array(cached);
	// Rendered on libuv's thread pool, so that other pages render meanwhile (astro.config.mjs: build.concurrency).
	const png = (await renderAsync(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } })).asPng();
	await mkdir(CACHE_DIR, { recursive: true });
	await writeFile(file, png);
	return new Uint8Array(png);
}
