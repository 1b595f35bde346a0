import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import sharp from 'sharp';
import { font, wrap, type Weight } from './font';
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
const COLOURS = { bg: '#ffffff', text: '#17202a', muted: '#4c5767', accent: '#0d5c7a', highlight: '#fff3c4', logoLine: 'rgba(255, 255, 255, 0.7)' };
const { width: W, height: H } = OG_IMAGE_SIZE;
const PAD = 72;

/** The wordmark's logo: three connected points on an accent tile, as in the site's header. */
function logo(context: SKRSContext2D) {
	context.fillStyle = COLOURS.accent;
	context.beginPath();
	context.roundRect(PAD, PAD, 48, 48, 10);
	context.fill();
	const points = [
		[PAD + 13.5, PAD + 33],
		[PAD + 24, PAD + 13.5],
		[PAD + 34.5, PAD + 30],
	] as const;
	context.strokeStyle = COLOURS.logoLine;
	context.lineWidth = 3;
	context.lineJoin = 'round';
	context.beginPath();
	points.forEach(([x, y]) => context.lineTo(x, y));
	context.closePath();
	context.stroke();
	points.forEach(([x, y], index) => {
		context.fillStyle = index === 2 ? COLOURS.highlight : '#ffffff';
		context.beginPath();
		context.arc(x, y, 4.8, 0, 2 * Math.PI);
		context.fill();
	});
}

/** Draws the card onto a 1200 × 630 canvas, all text in the site font. */
export function drawCard(context: SKRSContext2D, card: Card): void {
	const text = (value: string, weight: Weight, size: number, x: number, y: number, fill: string) => {
		context.font = font(weight, size);
		context.fillStyle = fill;
		context.fillText(value, x, y);
	};
	const measure = (weight: Weight, size: number) => (value: string) => {
		context.font = font(weight, size);
		return context.measureText(value).width;
	};
	context.fillStyle = COLOURS.bg;
	context.fillRect(0, 0, W, H);
	context.fillStyle = COLOURS.accent;
	context.fillRect(0, H - 20, W, 20);
	logo(context);
	text('Smart-City-Atlas', 700, 34, PAD + 64, PAD + 36, COLOURS.text);
	text(card.kicker, 600, 30, PAD, 200, COLOURS.accent);

	const titleSize = measure(700, 92)(card.title) <= W - 2 * PAD ? 92 : 72;
	const titleLines = wrap(measure(700, titleSize), card.title, W - 2 * PAD, 2);
	let y = 220 + titleSize * 0.95;
	titleLines.forEach((line, index) => {
		if (index > 0) y += titleSize * 1.05;
		text(line, 700, titleSize, PAD, y, COLOURS.text);
	});
	const factY = y + 72;
	if (card.marker) {
		context.fillStyle = card.marker;
		context.beginPath();
		context.roundRect(PAD, factY - 27, 26, 26, 5);
		context.fill();
	}
	card.lines.slice(0, 2).forEach((line, index) => {
		const x = index === 0 && card.marker ? PAD + 38 : PAD;
		const weight = index === 0 ? 600 : 400;
		text(wrap(measure(weight, 36), line, W - PAD - x, 1)[0] ?? '', weight, 36, x, factY + index * 50, COLOURS.text);
	});
	const lastFact = factY + (Math.min(card.lines.length, 2) - 1) * 50;
	if (card.footer) {
		const bottom = H - 20 - 44;
		const room = Math.floor((bottom - (lastFact + 60)) / 38) + 1;
		const lines = room > 0 ? wrap(measure(400, 28), card.footer, W - 2 * PAD, Math.min(2, room)) : [];
		lines.forEach((line, index) => text(line, 400, 28, PAD, bottom - (lines.length - 1 - index) * 38, COLOURS.muted));
	}
}

/** One canvas per thread, drawn over for every card: a fresh 3 MB bitmap per card costs more than the drawing. */
let canvas: Canvas | undefined;

/** The card as PNG bytes. Skia draws it; libvips (sharp) encodes it, several times faster than Skia's PNG encoder. */
export async function cardPng(card: Card): Promise<Uint8Array> {
	const target = (canvas ??= createCanvas(W, H));
	drawCard(target.getContext('2d'), card);
	// zlib level 3: 40 % less CPU than the default 6 for 7 % more bytes (about 55 kB a card instead of 52 kB); adaptive
	// filtering would cost four times as much and make these flat cards larger.
	const png = await sharp(target.data(), { raw: { width: W, height: H, channels: 4 } })
		.removeAlpha()
		.png({ compressionLevel: 3, adaptiveFiltering: false })
		.toBuffer();
	return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
